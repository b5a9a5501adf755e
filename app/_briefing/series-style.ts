/**
 * Colours and dashes of a briefing's series: each compared scenario as on the
 * compare page (app/compare/_lib/series.ts), the status quo a neutral grey.
 */
import { seriesOf } from '@/app/[locale]/(app)/compare/_lib/series';
import type { MonthlySeries } from './briefing';

export const STATUS_QUO_COLOR = '#7b848e';

const SCENARIO_STYLES = seriesOf([0, 1, 2, 3].map((i) => ({ id: String(i), name: String(i) })));

/** The status quo's dash on slides. */
export const STATUS_QUO_DASH = '10 8';

/**
 * The compare page's dashes, lengthened for slide lines (6 px wide, not 2): a
 * "2 2" dot pattern would read as a blur at that width.
 */
const slideDash = (dash: string | undefined) => dash?.split(' ').map((n) => String(Number(n) * 2.5)).join(' ');

export function scenarioStyle(index: number): { stroke: string; dash: string | undefined } {
  const style = SCENARIO_STYLES[index % SCENARIO_STYLES.length]!;
  return { stroke: style.color, dash: slideDash(style.dash) };
}

export function seriesStyle(series: Pick<MonthlySeries, 'role' | 'scenarioIndex'>): { stroke: string; dash: string | undefined } {
  if (series.role === 'statusQuo' || series.scenarioIndex === null) return { stroke: STATUS_QUO_COLOR, dash: STATUS_QUO_DASH };
  return scenarioStyle(series.scenarioIndex);
}
