/** Links to the model card's sections and to the generated sections below it. */
import type { CardHeading } from '../_lib/card-headings';
import type { AssumptionGroupSection } from '../_lib/sections';
import { GENERATED_SECTIONS } from '../_lib/sections';
import styles from '../methodology.module.css';

interface Props {
  /** The card's title (depth 1) and its sections (depth 2); deeper headings would crowd the list. */
  headings: readonly CardHeading[];
  groups: readonly AssumptionGroupSection[];
}

export function TableOfContents({ headings, groups }: Props) {
  const title = headings.find((h) => h.depth === 1);
  const sections = headings.filter((h) => h.depth === 2);
  return (
    <nav aria-labelledby="contents-heading" className={styles.toc}>
      <h2 id="contents-heading">Contents</h2>
      <ol>
        <li>
          <a href={`#${title?.id ?? ''}`}>Model card</a>
          <ol>
            {sections.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ol>
        </li>
        {GENERATED_SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.label}</a>
            {s.id === 'assumptions' && (
              <ol>
                {groups.map((g) => (
                  <li key={g.id}>
                    <a href={`#${g.id}`}>{g.label}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
