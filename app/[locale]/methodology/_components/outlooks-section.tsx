/** The scored outlooks, anchored by id, with what each measures and its sources, in the page's locale. */
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import type { OutlookEntry } from '../_lib/sections';
import styles from '../methodology.module.css';
import { SourceLinks } from './source-links';

export function OutlooksSection({ outlooks, locale }: { outlooks: readonly OutlookEntry[]; locale: Locale }) {
  const t = translatorFor(locale, 'methodology');
  return (
    <section id="outlooks" aria-labelledby="outlooks-heading" className={styles.section}>
      <h2 id="outlooks-heading">{t('sections.outlooks')}</h2>
      <p className={styles.prose}>{t('outlooks.intro')}</p>
      {outlooks.map((o) => (
        <article key={o.id} id={o.id} className={styles.entry} aria-labelledby={`${o.id}-label`}>
          <h3 id={`${o.id}-label`}>{o.label}</h3>
          <p className={styles.help}>{o.help}</p>
          <dl className={styles.facts}>
            <dt>{t('facts.measure')}</dt>
            <dd>{o.unit}</dd>
            <dt>{t('facts.sources')}</dt>
            <dd>
              <SourceLinks sources={o.sources} locale={locale} />
            </dd>
            <dt>{t('facts.parameter')}</dt>
            <dd>
              <code dir="ltr">{o.id}</code>
            </dd>
          </dl>
        </article>
      ))}
    </section>
  );
}
