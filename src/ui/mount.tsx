/** The editor's React tree, mounted by start.tsx once the last design has opened. */
import './renderer';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { CrashGuard } from './CrashGuard';
import { restorePanels } from './panels/remembered';

export function mountEditor(root: HTMLElement): void {
  // The first render lays the panels out at their remembered sizes (App keeps them remembered).
  restorePanels();
  createRoot(root).render(
    <StrictMode>
      <CrashGuard>
        <App />
      </CrashGuard>
    </StrictMode>,
  );
}
