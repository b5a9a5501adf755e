'use client';
/** A scenario's tags as chips; "none" for screen readers when there are none. */
import { useTranslations } from 'next-intl';
import ui from './ui.module.css';

export function TagList({ tags }: { tags: string[] }) {
  const t = useTranslations('scenarios');
  if (tags.length === 0) {
    return (
      <>
        <span aria-hidden="true" className={ui.muted}>—</span>
        <span className={ui.srOnly}>{t('tags.none')}</span>
      </>
    );
  }
  return (
    <ul className={ui.tags} aria-label={t('tags.label')}>
      {tags.map((tag) => <li key={tag} className={ui.tag}>{tag}</li>)}
    </ul>
  );
}
