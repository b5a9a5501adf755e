'use client';
/** Ctrl+S (Cmd+S on a Mac) opens the save dialog instead of the browser's "save page". */
import { useEffect } from 'react';

export function useSaveShortcut(onSave: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        onSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSave]);
}
