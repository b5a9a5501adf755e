/**
 * One block per assumption, anchored by its id so the dashboard's help popovers can link
 * to `/methodology#<assumption id>` (in any locale: ids are the same). Built from the
 * model's metadata in the page's locale, grouped as the dashboard's controls are.
 */
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import type { AssumptionEntry } from '../_lib/describe-assumption';
import type { AssumptionGroupSection } from '../_lib/sections';
import styles from '../methodology.module.css';
import { SourceLinks } from './source-links';

function AssumptionBlock({ entry, group, locale }: { entry: AssumptionEntry; group: string; locale: Locale }) {
  const t = translatorFor(locale, 'methodology');
  return (
    <article id={entry.id} className={styles.entry} aria-labelledby={`${entry.id}-label`}>
      <h4 id={`${entry.id}-label`}>{entry.label}</h4>
      <p className={styles.help}>{entry.help}</p>
      <dl className={styles.facts}>
        <dt>{t('facts.group')}</dt>
        <dd>{group}</dd>
        <dt>{t('facts.statusQuo')}</dt>
        <dd>{entry.statusQuo}</dd>
        <dt>{t('facts.values')}</dt>
        <dd>
          {entry.domain.summary}
          {entry.domain.points.length > 0 && (
            <ul className={styles.points}>
              {entry.domain.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('facts.sources')}</dt>
        <dd>
          <SourceLinks sources={entry.sources} locale={locale} />
        </dd>
        <dt>{t('facts.parameter')}</dt>
        <dd>
          <code dir="ltr">{entry.id}</code>
        </dd>
      </dl>
    </article>
  );
}

export function AssumptionsSection({ groups, locale }: { groups: readonly AssumptionGroupSection[]; locale: Locale }) {
  const t = translatorFor(locale, 'methodology');
  return (
    <section id="assumptions" aria-labelledby="assumptions-heading" className={styles.section}>
      <h2 id="assumptions-heading">{t('sections.assumptions')}</h2>
      <p className={styles.prose}>{t('assumptions.intro')}</p>
      {groups.map((group) => (
        <section key={group.id} id={group.id} aria-labelledby={`${group.id}-heading`}>
          <h3 id={`${group.id}-heading`}>{group.label}</h3>
          {group.entries.map((entry) => (
            <AssumptionBlock key={entry.id} entry={entry} group={group.label} locale={locale} />
          ))}
        </section>
      ))}
    </section>
  );
}
