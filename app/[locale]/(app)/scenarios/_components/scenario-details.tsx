'use client';
/** A saved scenario as it stands: description, facts, and every assumption in words beside the status quo. */
import { assumptionValueInWords, type AssumptionVocabulary } from '@/app/_scenarios/assumption-words';
import { differsFrom } from '@/app/_dashboard/scenario';
import { horizonInWords } from '@/app/_scenarios/format';
import { useWords } from '@/app/_scenarios/use-words';
import type { Scenario } from '@/server/scenarios/schema';
import { TagList } from './tag-list';
import styles from './history.module.css';

export function ScenarioFacts({ scenario }: { scenario: Scenario }) {
  const words = useWords();
  const { t, format } = words;
  return (
    <>
      {scenario.description
        ? <p className={styles.description} dir="auto">{scenario.description}</p>
        : <p className={styles.noDescription}>{t('details.noDescription')}</p>}
      <dl className={styles.facts}>
        <div>
          <dt>{t('details.owner')}</dt>
          <dd>{scenario.access === 'owner' ? t('details.ownerYou') : scenario.ownerName}</dd>
        </div>
        <div><dt>{t('details.yourAccess')}</dt><dd data-access={scenario.access}>{t(`details.access.${scenario.access}`)}</dd></div>
        <div><dt>{t('details.horizon')}</dt><dd>{horizonInWords(scenario.horizonMonths, words)}</dd></div>
        <div><dt>{t('details.tags')}</dt><dd><TagList tags={scenario.tags} /></dd></div>
        <div><dt>{t('details.version')}</dt><dd>{format.number(scenario.version)}</dd></div>
        <div><dt>{t('details.lastSaved')}</dt><dd><time dateTime={scenario.updatedAt}>{format.dateTime(scenario.updatedAt)}</time></dd></div>
        <div><dt>{t('details.created')}</dt><dd><time dateTime={scenario.createdAt}>{format.dateTime(scenario.createdAt)}</time></dd></div>
        <div><dt>{t('details.modelVersion')}</dt><dd dir="ltr">{scenario.modelVersion}</dd></div>
      </dl>
    </>
  );
}

export function AssumptionsInWords({ scenario, vocabulary }: { scenario: Scenario; vocabulary: AssumptionVocabulary }) {
  const words = useWords();
  const { t, format } = words;
  const changedCount = vocabulary.assumptions.filter((meta) => differsFrom(scenario.assumptions, vocabulary.statusQuo, meta.id)).length;
  return (
    <section aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading">{t('details.assumptions')}</h2>
      <p className={styles.sectionNote}>
        {changedCount === 0
          ? t('details.allStatusQuo')
          : t('details.changed', { count: changedCount, n: format.number(changedCount), total: format.number(vocabulary.assumptions.length) })}
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
                      <span className={changed ? styles.changed : undefined}>{assumptionValueInWords(meta, scenario.assumptions, vocabulary, words)}</span>
                      {changed && <span className={styles.statusQuo}>{t('details.statusQuo', { value: assumptionValueInWords(meta, vocabulary.statusQuo, vocabulary, words) })}</span>}
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
