/** A saved scenario as it stands: description, facts, and every assumption in words beside the status quo. */
import { assumptionValueInWords, type AssumptionVocabulary } from '@/app/_scenarios/assumption-words';
import { differsFrom } from '@/app/_dashboard/scenario';
import { formatDateTime, horizonInWords } from '@/app/_scenarios/format';
import type { Scenario } from '@/server/scenarios/schema';
import { TagList } from './tag-list';
import styles from './history.module.css';

export function ScenarioFacts({ scenario }: { scenario: Scenario }) {
  return (
    <>
      {scenario.description
        ? <p className={styles.description}>{scenario.description}</p>
        : <p className={styles.noDescription}>No description.</p>}
      <dl className={styles.facts}>
        <div><dt>Horizon</dt><dd>{horizonInWords(scenario.horizonMonths)}</dd></div>
        <div><dt>Tags</dt><dd><TagList tags={scenario.tags} /></dd></div>
        <div><dt>Version</dt><dd>{scenario.version}</dd></div>
        <div><dt>Last saved</dt><dd><time dateTime={scenario.updatedAt}>{formatDateTime(scenario.updatedAt)}</time></dd></div>
        <div><dt>Created</dt><dd><time dateTime={scenario.createdAt}>{formatDateTime(scenario.createdAt)}</time></dd></div>
        <div><dt>Model version</dt><dd>{scenario.modelVersion}</dd></div>
      </dl>
    </>
  );
}

export function AssumptionsInWords({ scenario, vocabulary }: { scenario: Scenario; vocabulary: AssumptionVocabulary }) {
  const changedCount = vocabulary.assumptions.filter((meta) => differsFrom(scenario.assumptions, vocabulary.statusQuo, meta.id)).length;
  return (
    <section aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading">Assumptions</h2>
      <p className={styles.sectionNote}>
        {changedCount === 0 ? 'All at the status quo.' : `${changedCount} of ${vocabulary.assumptions.length} differ from the status quo (highlighted).`}
      </p>
      <div className={styles.groups}>
        {vocabulary.groups.map((group) => (
          <div key={group.id} className={styles.group}>
            <h3>{group.label}</h3>
            <dl>
              {vocabulary.assumptions.filter((meta) => meta.group === group.id).map((meta) => {
                const changed = differsFrom(scenario.assumptions, vocabulary.statusQuo, meta.id);
                return (
                  <div key={meta.id} className={styles.assumption} data-assumption={meta.id}>
                    <dt>{meta.label}</dt>
                    <dd>
                      <span className={changed ? styles.changed : undefined}>{assumptionValueInWords(meta, scenario.assumptions)}</span>
                      {changed && <span className={styles.statusQuo}>Status quo: {assumptionValueInWords(meta, vocabulary.statusQuo)}</span>}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}
