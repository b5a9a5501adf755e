'use client';
/** "Import…": a button that opens the file chooser (the input itself stays hidden but labelled). */
import { useRef } from 'react';
import ui from './ui.module.css';

export function ImportButton({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={ui.button} disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import…'}
      </button>
      <input
        ref={input} type="file" accept=".json,application/json" hidden aria-label="Scenario file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
