/** Links to the model card's sections and to the generated sections below it. */
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import { headingText, type CardHeading } from '../_lib/card-headings';
import type { AssumptionGroupSection } from '../_lib/sections';
import { GENERATED_SECTIONS } from '../_lib/sections';
import styles from '../methodology.module.css';

interface Props {
  /** The card's title (depth 1) and its sections (depth 2); deeper headings would crowd the list. */
  headings: readonly CardHeading[];
  groups: readonly AssumptionGroupSection[];
  locale: Locale;
}

export function TableOfContents({ headings, groups, locale }: Props) {
  const t = translatorFor(locale, 'methodology');
  const translate = (key: string) => t(key as Parameters<typeof t>[0]);
  const title = headings.find((h) => h.depth === 1);
  const sections = headings.filter((h) => h.depth === 2);
  return (
    <nav aria-labelledby="contents-heading" className={styles.toc}>
      <h2 id="contents-heading">{t('contents.heading')}</h2>
      <ol>
        <li>
          <a href={`#${title?.id ?? ''}`}>{t('contents.modelCard')}</a>
          <ol>
            {sections.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`}>{headingText(h.id, h.text, translate, locale)}</a>
              </li>
            ))}
          </ol>
        </li>
        {GENERATED_SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{t(`sections.${s.id}`)}</a>
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
