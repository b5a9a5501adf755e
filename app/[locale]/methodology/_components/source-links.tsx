/**
 * An assumption's or outlook's sources, linked to the Sources section: the title first
 * (what a reader recognises, as written), then the file it is in.
 */
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import type { SourceRef } from '../_lib/describe-assumption';
import { sourceAnchor } from '../_lib/sections';
import styles from '../methodology.module.css';

export function SourceLinks({ sources, locale }: { sources: readonly SourceRef[]; locale: Locale }) {
  const t = translatorFor(locale, 'methodology');
  return (
    <ul className={styles.sourceList}>
      {sources.map((s) => (
        <li key={s.id}>
          {/* Titles are English, isolated so their punctuation stays in place on a right-to-left page. */}
          <a href={`#${sourceAnchor(s.id)}`}>
            <bdi lang="en">{s.kind === 'record' ? `“${s.title}”` : s.title}</bdi>
          </a>{' '}
          <span className={styles.path}>
            {s.kind === 'record'
              ? t.rich('sources.sectionOf', { path: s.path, code: (chunks) => <code dir="ltr">{chunks}</code> })
              : <code dir="ltr">{s.path}</code>}
          </span>
        </li>
      ))}
    </ul>
  );
}
