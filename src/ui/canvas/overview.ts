/** Whether the canvas is in the overview (zoomed out past readable text); see OVERVIEW_ZOOM in Canvas.tsx. */
import { createContext } from 'react';

export const Overview = createContext(false);
