/**
 * The generated parts of docs/model.md: the coefficient table (from the
 * model's definition) and the backtest table (from a backtest report).
 * `npm run model-card` writes them between markers; a test fails when the
 * card and the model disagree.
 */
import type { BacktestReport } from '../backtest/run-backtest';
import { COEFFICIENTS } from '../model/coefficients';
import { SOURCES } from '../model/sources';

const DIST_LABEL = { lognormal: 'lognormal (median, σ of log)', normal: 'normal (mean, sd)', share: 'normal clamped to 0–1' } as const;
const cell = (text: string) => text.replace(/\|/g, '\\|');
const fixed = (value: number | null, digits = 3) => (value === null ? '—' : value.toFixed(digits));
const signed = (value: number | null) => (value === null ? '—' : `${value >= 0 ? '+' : ''}${value.toFixed(3)}`);

export function coefficientTable(): string {
  const rows = COEFFICIENTS.map((c) => {
    const sources = c.sources.map((s) => `${SOURCES[s].file.replace('seeds/', '')}${SOURCES[s].file === 'history.md' ? ` (${SOURCES[s].title})` : ''}`);
    return `| \`${c.id}\` | ${c.center} | ${c.spread} | ${DIST_LABEL[c.dist]} | ${cell(c.rationale)} | ${cell([...new Set(sources)].join('; '))} |`;
  });
  return ['| coefficient | centre | spread | distribution | rationale | sources |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

const LABELS = {
  nuclearTest: 'Nuclear test',
  icbmLaunch: 'ICBM launch (ICBM-capable episodes)',
  interimDeal: 'Interim deal',
  denuclearizationStep: 'Verified denuclearization step',
} as const;

export function backtestTable(report: BacktestReport, file: string, draws: number, seed: number): string {
  const lines = [
    `File \`${file}\`, ${report.episodes} episodes, ${draws} draws, seed ${seed}.`,
    '',
    '| outlook | n | events | model Brier | climatology Brier | Brier skill | model log score | climatology log score |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [id, label] of Object.entries(LABELS) as [keyof typeof LABELS, string][]) {
    const s = report.outlooks[id];
    lines.push(`| ${label} | ${s.n} | ${s.events} | ${fixed(s.brier)} | ${fixed(s.climatologyBrier)} | ${signed(s.brierSkill)} | ${fixed(s.logScore)} | ${fixed(s.climatologyLogScore)} |`);
  }
  const m = report.missileLaunches;
  lines.push(
    '',
    `Missile launches (${m.n} episodes with a count): model MAE ${fixed(m.mae, 2)}; best constant (median ${fixed(m.constant, 1)}) MAE ${fixed(m.constantMae, 2)}; mean constant (${fixed(m.meanConstant, 1)}) MAE ${fixed(m.meanConstantMae, 2)}; skill against the median ${signed(m.skill)}.`,
  );
  return lines.join('\n');
}

/** Replace the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/model.md has no ${start} … ${end} section`);
  return `${document.slice(0, from + start.length)}\n${body}\n${document.slice(to)}`;
}

export function section(document: string, name: string): string {
  const start = `<!-- ${name}:start -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(`<!-- ${name}:end -->`);
  return from < 0 || to < from ? '' : document.slice(from + start.length, to).trim();
}
