'use client';
/** The "?" beside a control: its help text, its sources and a link to the methodology. */
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { getPathname } from '@/server/i18n/navigation';
import styles from './controls.module.css';

export interface HelpSource {
  file: string;
  title: string;
}

interface Props {
  anchor: string;
  label: string;
  help: string;
  sources: HelpSource[];
}

export function HelpPopover({ anchor, label, help, sources }: Props) {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && (panel.current?.contains(event.target as Node) || button.current?.contains(event.target as Node))) return;
      setOpen(false);
      if (event instanceof KeyboardEvent) button.current?.focus();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, [open]);

  return (
    <span className={styles.popoverAnchor}>
      <button
        ref={button}
        type="button"
        className={styles.iconButton}
        aria-label={t('controls.help', { label })}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open && (
        <div ref={panel} id={id} role="dialog" aria-label={label} tabIndex={-1} className={styles.popover}>
          <h3>{label}</h3>
          <p>{help}</p>
          <ul aria-label={t('controls.sources')}>
            {sources.map((s) => (
              <li key={s.file + s.title}>{s.file}: {s.title}</li>
            ))}
          </ul>
          {/* A plain link: the methodology is another page, loaded whole (no client-side navigation to cancel). */}
          <a href={`${getPathname({ href: '/methodology', locale })}#${anchor}`}>{t('controls.methodology')}</a>
        </div>
      )}
    </span>
  );
}
