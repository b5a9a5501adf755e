'use client';
/** "Import…": a button that opens the file chooser (the input itself stays hidden but labelled). */
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import ui from './ui.module.css';

export function ImportButton({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  const t = useTranslations('scenarios');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={ui.button} disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('list.importing') : t('list.import')}
      </button>
      <input
        ref={input} type="file" accept=".json,application/json" hidden aria-label={t('list.importFile')}
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
