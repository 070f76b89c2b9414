/** Mounts the editor; imported by main.tsx once zod is configured. */
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { restoreAutosave } from './ui/autosave';
import { CrashGuard } from './ui/CrashGuard';

export async function start(): Promise<void> {
  try {
    await restoreAutosave();
  } finally {
    mount();
  }
}

function mount(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <CrashGuard>
        <App />
      </CrashGuard>
    </StrictMode>,
  );
}
