'use client';
/**
 * Why B differs from A on the chosen outlook: forecast.difference's Shapley
 * shares as a waterfall, and the same numbers as a sentence. Everything is
 * named after the pair the shown result answers, which while a new pair
 * loads is still the previous one.
 */
import { useMemo } from 'react';
import { ChartFrame, ChartPlaceholder, TALL_CHART_HEIGHT, type ChartTable } from '@/app/_components/chart-frame';
import { asUnit, unitsLine } from '@/app/_dashboard/charts/format';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId, OutlookUnit } from '@/server/model/outlooks';
import type { ComparedGroup } from '../_lib/assumption-rows';
import { explainDifference } from '../_lib/explain-difference';
import { pairOfKey } from '../_lib/pair-key';
import type { ComparedScenario, Series } from '../_lib/series';
import { differenceTable, differenceWaterfall, pairContext, type DifferenceWaterfall } from '../_lib/shape-difference';
import { PanelStatus } from './panel-status';
import { DifferencePlot } from './plots';
import { STEP_FILL } from './plots/colors';
import type { useDifference } from './use-compare-data';
import { useCompareWords, type CompareWords } from './use-compare-words';
import { isolate } from '@/app/_scenarios/words';

/** A name in a sentence: isolated in the right-to-left languages, as it was in English. */
const isolateIn = (locale: string, name: string) => (locale === 'en' ? name : isolate(name));
import styles from '../compare.module.css';

export interface DifferenceView {
  /** Names of the pair shown (or asked for, before anything is shown). */
  names: [string, string];
  unit: OutlookUnit;
  outlookLabel: string;
  chart: DifferenceWaterfall | null;
  table: ChartTable;
  sentence: string | null;
  error: { message: string } | null;
  retry: () => void;
}

interface Inputs {
  words: CompareWords;
  description: ModelDescription;
  series: Series[];
  groups: ComparedGroup[];
  scenarios: ComparedScenario[];
  difference: ReturnType<typeof useDifference>;
  outlook: OutlookId;
  pair: [number, number];
}

export function useDifferenceView({ words, description, series, groups, scenarios, difference, outlook, pair }: Inputs): DifferenceView {
  const meta = description.outlooks.find((o) => o.id === outlook);
  const unit = asUnit(meta?.unit);
  const shown = difference.shown;
  const shaped = useMemo(() => {
    const answered = shown ? pairOfKey(shown.key) : null;
    const columns = answered
      ? ([scenarios.findIndex((s) => s.id === answered.ids[0]), scenarios.findIndex((s) => s.id === answered.ids[1])] as [number, number])
      : pair;
    const [a, b] = [columns[0], columns[1]];
    const names: [string, string] = [series[a]?.name ?? '', series[b]?.name ?? ''];
    const result = shown?.data.outlooks.find((o) => o.id === outlook);
    if (!result || !answered || !meta || !scenarios[a] || !scenarios[b]) return { names, chart: null, sentence: null };
    const percent = description.assumptions.filter((x) => x.domain.kind === 'percent').map((x) => x.id);
    const context = pairContext(groups, percent, [{ ...scenarios[a], name: names[0] }, { ...scenarios[b], name: names[1] }], [a, b]);
    const chart = differenceWaterfall(result, unit, context, words);
    const sentence = explainDifference({
      outlook: { label: meta.label, phrase: meta.phrase, unit },
      horizonMonths: answered.horizonMonths,
      names,
      base: result.base,
      target: result.target,
      steps: chart.rows.filter((r) => r.kind !== 'total').map((r) => ({ phrase: r.phrase, value: r.value })),
    }, words);
    return { names, chart, sentence };
  }, [shown, outlook, pair, scenarios, series, groups, description, meta, unit, words]);
  const table = useMemo(() => differenceTable(shaped.chart?.rows ?? [], unit, words), [shaped.chart, unit, words]);
  return { ...shaped, unit, outlookLabel: meta?.label ?? outlook, table, error: difference.error, retry: difference.retry };
}

export function DifferenceSentence({ view }: { view: DifferenceView }) {
  const { t, format } = useCompareWords();
  return (
    <p className={styles.finding} data-testid="difference-sentence" aria-live="polite">
      {view.sentence ?? (view.error ? t('difference.unexplained') : t('difference.working', { a: isolateIn(format.locale, view.names[0]), b: isolateIn(format.locale, view.names[1]) }))}
    </p>
  );
}

export function DifferencePanel({ view }: { view: DifferenceView }) {
  const { chart, unit, names } = view;
  const { t, chart: chartWords } = useCompareWords();
  const steps = chart ? chart.rows.length - 2 : 0;
  return (
    <ChartFrame
      id="compare-difference"
      title={t('difference.title', { a: isolateIn(chartWords.format.locale, names[0]), b: isolateIn(chartWords.format.locale, names[1]), outlook: view.outlookLabel })}
      subtitle={t('difference.subtitle')}
      units={unit === 'probability' ? t('difference.unitsProbability') : unitsLine(unit, chartWords)}
      table={view.table}
      height={TALL_CHART_HEIGHT}
      legend={[
        { label: t('difference.legendTotals'), color: STEP_FILL.total },
        { label: t('difference.legendRaises'), color: STEP_FILL.raises },
        { label: t('difference.legendLowers'), color: STEP_FILL.lowers },
      ]}
    >
      {!chart || view.error ? (
        <PanelStatus error={view.error} retry={view.retry} what="difference" />
      ) : steps === 0 ? (
        <ChartPlaceholder>{t('difference.nothing')}</ChartPlaceholder>
      ) : (
        <DifferencePlot rows={chart.rows} ticks={chart.ticks} unit={unit} />
      )}
    </ChartFrame>
  );
}
