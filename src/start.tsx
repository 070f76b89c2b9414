/**
 * Opens the last design, then mounts the editor; imported by main.tsx once zod
 * is configured. The editor's React tree is a chunk of its own, fetched
 * beside this one (the page preloads both) and evaluated after the restore,
 * so evaluating all the modules is not one long task before anything runs.
 */
import { restoreAutosave } from './ui/autosave';

export async function start(): Promise<void> {
  const editor = import('./ui/mount');
  try {
    await restoreAutosave();
  } finally {
    const { mountEditor } = await editor;
    mountEditor(document.getElementById('root')!);
  }
}
