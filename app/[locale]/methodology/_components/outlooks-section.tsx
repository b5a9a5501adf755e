/** The scored outlooks, anchored by id, with what each measures and its sources. */
import type { OutlookEntry } from '../_lib/sections';
import styles from '../methodology.module.css';
import { SourceLinks } from './source-links';

export function OutlooksSection({ outlooks }: { outlooks: readonly OutlookEntry[] }) {
  return (
    <section id="outlooks" aria-labelledby="outlooks-heading" className={styles.section}>
      <h2 id="outlooks-heading">Outlooks</h2>
      <p className={styles.prose}>
        What the dashboard&rsquo;s scorecards show. Bands (P10–P90) reflect uncertainty in the model&rsquo;s
        parameters, not the randomness of the events.
      </p>
      {outlooks.map((o) => (
        <article key={o.id} id={o.id} className={styles.entry} aria-labelledby={`${o.id}-label`}>
          <h3 id={`${o.id}-label`}>{o.label}</h3>
          <p className={styles.help}>{o.help}</p>
          <dl className={styles.facts}>
            <dt>Measure</dt>
            <dd>{o.unit}</dd>
            <dt>Sources</dt>
            <dd>
              <SourceLinks sources={o.sources} />
            </dd>
            <dt>Parameter</dt>
            <dd>
              <code>{o.id}</code>
            </dd>
          </dl>
        </article>
      ))}
    </section>
  );
}
