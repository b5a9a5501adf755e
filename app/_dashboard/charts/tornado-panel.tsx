'use client';
/**
 * Panel 4: which assumptions move the chosen outlook most. Each bar spans the
 * lowest to the highest outcome as one assumption sweeps its range, the others
 * held at the scenario; it is split at the scenario's own value.
 */
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, ChartPlaceholder, TALL_CHART_HEIGHT } from '@/app/_components/chart-frame';
import type { ModelDescription } from '@/server/model/describe';
import type { OutlookId } from '@/server/model/outlooks';
import type { SensitivityResult } from '@/server/model/schema';
import { valueAxis, wrappedTick } from './axes';
import { useWords } from '../use-words';
import { asUnit, unitsLine, formatDelta, formatValue, wrapLabel } from './format';
import { color } from './palette';
import { labelOf, tornado, tornadoTable, type TornadoRow } from './shape';
import { rowTooltip } from './tooltip-box';

const Y_WIDTH = 205;

interface TornadoPanelProps {
  sensitivity: SensitivityResult | undefined;
  outlookId: OutlookId;
  describe: ModelDescription;
}

export function TornadoPanel({ sensitivity, outlookId, describe }: TornadoPanelProps) {
  const meta = describe.outlooks.find((o) => o.id === outlookId);
  const unit = asUnit(meta?.unit);
  const label = labelOf(describe.outlooks, outlookId);
  const w = useWords();
  const chart = useMemo(() => (sensitivity ? tornado(sensitivity, outlookId, unit, undefined, w) : undefined), [sensitivity, outlookId, unit, w]);
  const table = useMemo(() => tornadoTable(chart?.rows ?? [], unit, w), [chart, unit, w]);
  const byId = useMemo(() => new Map(chart?.rows.map((r) => [r.assumption, r])), [chart]);
  const tick = useMemo(
    () => wrappedTick((id) => {
      const row = byId.get(id);
      const text = row?.label ?? id;
      return { lines: wrapLabel(text, 30, 1), sub: row ? wrapLabel(row.ends, 34, 1)[0] : undefined, full: `${text}: ${row?.ends ?? ''}` };
    }, w),
    [byId, w],
  );
  const tooltip = useMemo(
    () => rowTooltip<TornadoRow>((row) => ({
      title: row.label,
      lines: [
        { label: w.t('charts.tornado.lowest', { setting: row.lowLabel }), value: formatValue(row.low, unit, w), color: color('lowers') },
        { label: w.t('charts.tornado.highest', { setting: row.highLabel }), value: formatValue(row.high, unit, w), color: color('raises') },
        { label: w.t('charts.tornado.swing'), value: formatDelta(row.swing, unit, w).replace(/^[\u200e\u061c]?\+/, '') },
      ],
    })),
    [unit, w],
  );

  return (
    <ChartFrame
      id="chart-tornado"
      title={w.t('charts.tornado.title', { label })}
      subtitle={w.t('charts.tornado.subtitle')}
      units={unitsLine(unit, w)}
      table={table}
      height={TALL_CHART_HEIGHT}
      legend={[
        { label: w.t('charts.tornado.below'), color: color('lowers') },
        { label: w.t('charts.tornado.above'), color: color('raises') },
        { label: chart ? w.t('charts.tornado.scenarioAt', { value: formatValue(chart.base, unit, w) }) : w.t('charts.tornado.scenario'), color: color('total'), mark: 'line' },
      ]}
    >
      {!chart ? (
        <ChartPlaceholder busy={!sensitivity}>{sensitivity ? w.t('charts.tornado.none') : w.t('charts.tornado.computing')}</ChartPlaceholder>
      ) : (
        <BarChart data={chart.rows} layout="vertical" responsive style={{ width: '100%', height: '100%' }} margin={{ top: 4, right: 16, bottom: 4, left: 0 }} barCategoryGap="22%">
          <CartesianGrid stroke={color('grid')} horizontal={false} />
          <XAxis {...valueAxis(chart.ticks, unit, w)} />
          <YAxis type="category" dataKey="assumption" width={Y_WIDTH} interval={0} tick={tick} tickLine={false} stroke={color('axis')} />
          <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: color('grid'), fillOpacity: 0.6 }} />
          <Bar dataKey="below" stackId="tornado" name={w.t('charts.tornado.below')} fill={color('lowers')} isAnimationActive={false} />
          <Bar dataKey="above" stackId="tornado" name={w.t('charts.tornado.above')} fill={color('raises')} isAnimationActive={false} />
          <ReferenceLine x={chart.base} stroke={color('total')} strokeWidth={1.5} />
        </BarChart>
      )}
    </ChartFrame>
  );
}
