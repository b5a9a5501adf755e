/**
 * An assumption's or outlook's sources, linked to the Sources section: the title first
 * (what a reader recognises), then the file it is in.
 */
import type { SourceRef } from '../_lib/describe-assumption';
import { sourceAnchor } from '../_lib/sections';
import styles from '../methodology.module.css';

export function SourceLinks({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <ul className={styles.sourceList}>
      {sources.map((s) => (
        <li key={s.id}>
          <a href={`#${sourceAnchor(s.id)}`}>{s.kind === 'record' ? `“${s.title}”` : s.title}</a>{' '}
          <span className={styles.path}>
            {s.kind === 'record' ? 'section of ' : ''}
            <code>{s.path}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}
