/**
 * One block per assumption, anchored by its id so the dashboard's help popovers can link
 * to `/methodology#<assumption id>`. Built from the model's metadata, grouped as the
 * dashboard's controls are.
 */
import type { AssumptionEntry } from '../_lib/describe-assumption';
import type { AssumptionGroupSection } from '../_lib/sections';
import styles from '../methodology.module.css';
import { SourceLinks } from './source-links';

function AssumptionBlock({ entry, group }: { entry: AssumptionEntry; group: string }) {
  return (
    <article id={entry.id} className={styles.entry} aria-labelledby={`${entry.id}-label`}>
      <h4 id={`${entry.id}-label`}>{entry.label}</h4>
      <p className={styles.help}>{entry.help}</p>
      <dl className={styles.facts}>
        <dt>Group</dt>
        <dd>{group}</dd>
        <dt>Status quo</dt>
        <dd>{entry.statusQuo}</dd>
        <dt>Values</dt>
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
        <dt>Sources</dt>
        <dd>
          <SourceLinks sources={entry.sources} />
        </dd>
        <dt>Parameter</dt>
        <dd>
          <code>{entry.id}</code>
        </dd>
      </dl>
    </article>
  );
}

export function AssumptionsSection({ groups }: { groups: readonly AssumptionGroupSection[] }) {
  return (
    <section id="assumptions" aria-labelledby="assumptions-heading" className={styles.section}>
      <h2 id="assumptions-heading">Assumptions</h2>
      <p className={styles.prose}>
        The twelve conditions a user sets on the dashboard, held fixed across the horizon. The status quo describes
        November 2026. How each one enters the model is in the coefficient table above.
      </p>
      {groups.map((group) => (
        <section key={group.id} id={group.id} aria-labelledby={`${group.id}-heading`}>
          <h3 id={`${group.id}-heading`}>{group.label}</h3>
          {group.entries.map((entry) => (
            <AssumptionBlock key={entry.id} entry={entry} group={group.label} />
          ))}
        </section>
      ))}
    </section>
  );
}
