/** Keyboard shortcuts and pasting a design. Inside text fields the browser's own editing keys win. */
import { useEffect } from 'react';
import { useSessionStore } from '../store/session-store';
import { deleteSelection, duplicateSelection, openDesignText, redo, saveDesignFile, undo } from './commands';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 's') {
        event.preventDefault();
        saveDesignFile();
        return;
      }
      if (event.key === 'Escape') {
        const session = useSessionStore.getState();
        if (session.dialog) session.openDialog(undefined);
        else session.clearSelection();
        return;
      }
      if (typing(event.target)) return;
      if (mod && key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((mod && key === 'z' && event.shiftKey) || (mod && key === 'y')) {
        event.preventDefault();
        redo();
      } else if (mod && key === 'd') {
        event.preventDefault();
        duplicateSelection();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !event.defaultPrevented) {
        // On the canvas too: React Flow's own delete key is off, as it knows no selection (canvas-handlers.ts).
        deleteSelection();
      }
    };
    // A design pasted as JSON text (outside text fields) opens through the same restore path as a file.
    const onPaste = (event: ClipboardEvent) => {
      if (typing(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trimStart().startsWith('{')) return;
      event.preventDefault();
      openDesignText(text, 'The pasted design');
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
