'use client';
/**
 * The comparison: scenarios and horizon, the assumption table, the outlooks as
 * grouped bars, and for one chosen outlook the monthly paths and why one chosen
 * scenario differs from another. The choices live in the URL (replaced as they
 * change), so a copied link reproduces the view.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId } from '@/server/model/outlooks';
import type { ComparedGroup } from '../_lib/assumption-rows';
import { horizonChoices, horizonNote } from '../_lib/horizon';
import { seriesOf, type ComparedScenario } from '../_lib/series';
import { compareQuery, type CompareChoices } from '../_lib/url-state';
import { AssumptionTable } from './assumption-table';
import { DriversSection } from './drivers-section';
import { OutlookBars } from './outlook-bars';
import { ScenarioHeader } from './scenario-header';
import { useDifference, useForecasts } from './use-compare-data';
import { useCompareWords } from './use-compare-words';
import styles from '../compare.module.css';

interface Props {
  description: ModelDescription;
  scenarios: ComparedScenario[];
  groups: ComparedGroup[];
  choices: CompareChoices;
  /** Parts of the link that could not be read (defaults are shown instead). */
  urlNotes: string[];
}

/** Column indices of the pair, from the link's ids (the first two by default). */
function initialPair(scenarios: ComparedScenario[], pair: CompareChoices['pair']): [number, number] {
  if (!pair) return [0, 1];
  return [scenarios.findIndex((s) => s.id === pair[0]), scenarios.findIndex((s) => s.id === pair[1])];
}

export function CompareView({ description, scenarios, groups, choices, urlNotes }: Props) {
  const words = useCompareWords();
  const [horizonMonths, setHorizon] = useState(choices.horizonMonths ?? scenarios[0]!.horizonMonths);
  const [outlook, setOutlook] = useState<OutlookId>(choices.outlook);
  const [pair, setPair] = useState(() => initialPair(scenarios, choices.pair));
  const series = useMemo(() => seriesOf(scenarios), [scenarios]);
  const [a, b] = [scenarios[pair[0]]!, scenarios[pair[1]]!];

  const forecasts = useForecasts(scenarios, horizonMonths);
  const difference = useDifference({ ids: [a.id, b.id], base: a.assumptions, target: b.assumptions, horizonMonths });

  useEffect(() => {
    const query = compareQuery({ ids: scenarios.map((s) => s.id), horizonMonths, outlook, pair: [a.id, b.id] });
    window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  }, [scenarios, horizonMonths, outlook, a.id, b.id]);

  const shownHorizon = forecasts.shown?.[0]?.horizonMonths;
  const busy = forecasts.busy || shownHorizon !== horizonMonths || difference.busy;

  // The DOM contract the browser tests read: data-busy until what is shown answers the
  // current choices, the horizon of the forecasts shown, and the pairKey of the difference shown.
  return (
    <main
      className={styles.main}
      data-busy={busy ? 'true' : 'false'}
      data-shown-horizon={shownHorizon ?? ''}
      data-shown-difference={difference.shown?.key ?? ''}
    >
      <ScenarioHeader
        scenarios={scenarios}
        series={series}
        currentModel={description.modelVersion}
        horizonMonths={horizonMonths}
        choices={horizonChoices(scenarios.map((s) => s.horizonMonths), horizonMonths)}
        note={horizonNote(series.map((s, i) => ({ name: s.name, horizonMonths: scenarios[i]!.horizonMonths })), horizonMonths, words)}
        onHorizon={setHorizon}
      />
      {urlNotes.length > 0 && (
        <p role="status" className={styles.notice}>
          {words.t('notes.intro', { notes: urlNotes.join(words.t('noteSeparator')) })}
        </p>
      )}
      <AssumptionTable groups={groups} series={series} />
      <OutlookBars description={description} series={series} forecasts={forecasts} horizonMonths={horizonMonths} />
      <DriversSection
        description={description}
        series={series}
        groups={groups}
        scenarios={scenarios}
        forecasts={forecasts}
        difference={difference}
        outlook={outlook}
        pair={pair}
        onOutlook={setOutlook}
        onPair={setPair}
        busy={busy}
      />
    </main>
  );
}
