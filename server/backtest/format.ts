/** The backtest report as aligned plain-text tables for the terminal. */
import { EVENT_OUTLOOKS, OUTLOOKS, type EventOutlookId } from '../model/outlooks';
import type { BacktestReport, BinaryOutlookScore, EpisodeRow } from './run-backtest';

export interface ReportMeta {
  file: string;
  modelVersion: string;
  draws: number;
  seed: number;
}

const label = (id: string) => OUTLOOKS.find((o) => o.id === id)?.label ?? id;
const DASH = '—';
const fixed = (value: number | null, digits = 3) => (value === null ? DASH : value.toFixed(digits));
const signed = (value: number | null) => (value === null ? DASH : `${value >= 0 ? '+' : ''}${value.toFixed(3)}`);

/** Pads columns to a common width: the first `left` columns left-aligned, the rest right-aligned (numbers). */
export function table(rows: readonly (readonly string[])[], left = 1, indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  return rows
    .map((row) =>
      indent + row.map((cell, c) => (c < left ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd(),
    )
    .join('\n');
}

export function formatReport(report: BacktestReport, meta: ReportMeta): string {
  return [
    `Backtest of ${meta.file}: ${report.episodes} episodes`,
    `Model ${meta.modelVersion}, ${meta.draws} draws, seed ${meta.seed}`,
    '',
    ...eventSection(report),
    '',
    ...launchSection(report),
    '',
    ...reliabilitySection(report),
    '',
    ...episodeSection(report.rows),
  ].join('\n');
}

function eventSection(report: BacktestReport): string[] {
  const header = ['Outlook', 'n', 'events', 'base rate', 'Brier', 'clim. Brier', 'skill', 'log score', 'clim. log'];
  const rows = EVENT_OUTLOOKS.map((id) => {
    const s: BinaryOutlookScore = report.outlooks[id];
    return [label(id), String(s.n), String(s.events), fixed(s.baseRate), fixed(s.brier), fixed(s.climatologyBrier),
      signed(s.brierSkill), fixed(s.logScore), fixed(s.climatologyLogScore)];
  });
  const icbm = report.outlooks.icbmLaunch.n;
  return [
    'Event outlooks: model against climatology',
    table([header, ...rows]),
    '  Climatology forecasts the file\'s base rate for every episode (in-sample, so a demanding reference).',
    '  Brier: mean squared error, lower is better. Skill = 1 − Brier / climatology Brier; above 0 beats climatology.',
    `  Log score: mean ln of the probability given to what happened (clipped to 0.001–0.999), higher is better.`,
    `  ICBM launch is scored only where context.icbmCapable (${icbm} of ${report.episodes} episodes).`,
  ];
}

function launchSection(report: BacktestReport): string[] {
  const m = report.missileLaunches;
  const skipped = report.episodes - m.n;
  return [
    `Missile launches: mean absolute error over ${m.n} episodes${skipped ? ` (${skipped} without a count skipped)` : ''}`,
    table([
      ['Forecast', 'MAE'],
      ['Model', fixed(m.mae, 2)],
      [`Constant ${fixed(m.constant, 1)}: the file's median, the best constant for MAE`, fixed(m.constantMae, 2)],
      [`Constant ${fixed(m.meanConstant, 1)}: the file's mean`, fixed(m.meanConstantMae, 2)],
    ]),
    `  Skill = 1 − model MAE / median-constant MAE: ${signed(m.skill)}`,
  ];
}

function reliabilitySection(report: BacktestReport): string[] {
  const lines = ['Reliability: episodes per forecast bin, their mean forecast and how often the event happened'];
  for (const id of EVENT_OUTLOOKS) {
    const bins = report.outlooks[id].reliability;
    if (bins.length === 0) {
      lines.push(`  ${label(id)}: no scored episodes`);
      continue;
    }
    lines.push(`  ${label(id)}`);
    lines.push(
      table(
        [
          ['bin', 'n', 'forecast', 'observed'],
          ...bins.map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, String(b.count), fixed(b.meanForecast, 2), fixed(b.observedFrequency, 2)]),
        ],
        1,
        '    ',
      ),
    );
  }
  return lines;
}

const SHORT: Record<EventOutlookId, string> = {
  nuclearTest: 'test',
  icbmLaunch: 'ICBM',
  interimDeal: 'deal',
  denuclearizationStep: 'step',
};

function episodeSection(rows: readonly EpisodeRow[]): string[] {
  const header = ['id', 'date', 'months', ...EVENT_OUTLOOKS.map((id) => SHORT[id]), 'launches'];
  const body = rows.map((r) => [
    r.id,
    r.date,
    String(r.horizonMonths),
    ...EVENT_OUTLOOKS.map((id) =>
      id === 'icbmLaunch' && !r.icbmScored ? DASH : `${r.predicted[id].toFixed(2)} (${r.observed[id] ? 1 : 0})`,
    ),
    `${r.predicted.missileLaunches.toFixed(1)} (${r.observed.missileLaunches ?? '?'})`,
  ]);
  return [
    'Episodes: forecast (observed: 1 happened, 0 did not, ? unknown; — not scored)',
    table([header, ...body], 2),
  ];
}
