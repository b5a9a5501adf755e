'use client';
/**
 * Panel 5: a waterfall from the status quo to this scenario for the chosen
 * outlook. Each step is one assumption's Shapley contribution; the steps sum
 * to the difference, so the last bar lands on the scenario's mean.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { ChartFrame, ChartPlaceholder, TALL_CHART_HEIGHT } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId } from '@/server/model/outlooks';
import type { ForecastResult } from '@/server/model/schema';
import { valueAxis, wrappedTick } from './axes';
import { useWords } from '../use-words';
import { asUnit, unitsLine, formatDelta, formatShort, formatValue, wrapLabel } from './format';
import { color } from './palette';
import { labelOf, waterfall, waterfallTable, type WaterfallRow } from './shape';
import { rowTooltip } from './tooltip-box';

const FILL: Record<WaterfallRow['kind'], string> = { total: color('total'), raises: color('raises'), lowers: color('lowers') };

// Cell is deprecated in Recharts 3: colour each bar through the shape instead.
function StepShape(props: BarShapeProps) {
  const row = props.payload as WaterfallRow | undefined;
  return <Rectangle {...props} fill={FILL[row?.kind ?? 'total']} />;
}

interface AttributionPanelProps {
  result: ForecastResult;
  outlookId: OutlookId;
  describe: ModelDescription;
}

export function AttributionPanel({ result, outlookId, describe }: AttributionPanelProps) {
  const outlook = result.outlooks[outlookId];
  const unit = asUnit(describe.outlooks.find((o) => o.id === outlookId)?.unit);
  const label = labelOf(describe.outlooks, outlookId);
  const w = useWords();
  const chart = useMemo(() => waterfall(outlook, unit, w), [outlook, unit, w]);
  const table = useMemo(() => waterfallTable(chart.rows, unit, w), [chart, unit, w]);
  // Each bar carries its value as text at its end: a waterfall is read by its numbers.
  const data = useMemo(
    () => chart.rows.map((r) => ({ ...r, text: formatShort(r.value, unit, r.kind !== 'total', w) })),
    [chart, unit, w],
  );
  const tick = useMemo(() => {
    const byKey = new Map(chart.rows.map((r) => [r.key, r.label]));
    return wrappedTick((key) => {
      const text = byKey.get(key) ?? key;
      return { lines: wrapLabel(text, 26, 2), full: text };
    }, w);
  }, [chart, w]);
  const tooltip = useMemo(
    () => rowTooltip<WaterfallRow>((row) => ({
      title: row.label,
      lines: row.kind === 'total'
        ? [{ label: w.t('charts.attribution.value'), value: formatValue(row.value, unit, w), color: FILL.total }]
        : [
            { label: w.t('charts.attribution.contribution'), value: formatDelta(row.value, unit, w), color: FILL[row.kind] },
            { label: w.t('charts.attribution.runningTotal'), value: formatValue(row.end, unit, w) },
          ],
    })),
    [unit, w],
  );
  const empty = outlook.attribution.contributions.length === 0;

  return (
    <ChartFrame
      id="chart-attribution"
      title={w.t('charts.attribution.title', { label })}
      subtitle={w.t(outlook.attribution.method === 'sampled' ? 'charts.attribution.subtitleSampled' : 'charts.attribution.subtitle')}
      units={unit === 'probability' ? w.t('charts.attribution.unitsProbability') : unitsLine(unit, w)}
      table={table}
      height={TALL_CHART_HEIGHT}
      legend={[
        { label: w.t('charts.attribution.totals'), color: FILL.total },
        { label: w.t('charts.attribution.raises'), color: FILL.raises },
        { label: w.t('charts.attribution.lowers'), color: FILL.lowers },
      ]}
    >
      {empty ? (
        <ChartPlaceholder>
          {w.t('charts.attribution.empty', { label })}
        </ChartPlaceholder>
      ) : (
        <BarChart data={data} layout="vertical" responsive style={{ width: '100%', height: '100%' }} margin={{ top: 4, right: 56, bottom: 4, left: 0 }} barCategoryGap="18%">
          <CartesianGrid stroke={color('grid')} horizontal={false} />
          <XAxis {...valueAxis(chart.ticks, unit, w)} />
          <YAxis type="category" dataKey="key" width={190} interval={0} tick={tick} tickLine={false} stroke={color('axis')} />
          <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: color('grid'), fillOpacity: 0.6 }} />
          <Bar dataKey="range" name={label} shape={StepShape} minPointSize={2} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" fontSize={10.5} fill={color('axis')} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}
