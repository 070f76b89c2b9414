/** Whether the canvas is in the overview (zoomed out past readable text); see overview-limits.ts. */
import { createContext } from 'react';

export const Overview = createContext(false);
