import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEpisodesFile } from '../../server/backtest/episodes';
import { formatReport, table } from '../../server/backtest/format';
import { runBacktest } from '../../server/backtest/run-backtest';

const episodes = parseEpisodesFile(
  readFileSync(fileURLToPath(new URL('../fixtures/episodes-small.json', import.meta.url)), 'utf8'),
  'episodes-small.json',
);
const report = runBacktest(episodes, () => ({
  nuclearTest: 0.2, icbmLaunch: 0.4, interimDeal: 0.1, denuclearizationStep: 0.05, missileLaunches: 6,
}));
const text = formatReport(report, { file: 'episodes-small.json', modelVersion: 'test', draws: 300, seed: 1 });

describe('formatReport', () => {
  it('prints every section', () => {
    expect(text).toContain('Backtest of episodes-small.json: 4 episodes');
    expect(text).toContain('Event outlooks: model against climatology');
    expect(text).toContain('ICBM launch is scored only where context.icbmCapable (3 of 4 episodes)');
    expect(text).toContain('(1 without a count skipped)');
    expect(text).toContain("Constant 3.0: the file's median, the best constant for MAE");
    expect(text).toContain('Reliability');
    expect(text).toMatch(/^ {2}Nuclear test +4 +1 +0\.250 +0\.190 +0\.188 +-0\.013 /m);
  });

  it('marks unscored ICBM cells and unknown launch counts in the episode table', () => {
    const row = (id: string) => text.split('\n').find((line) => line.trimStart().startsWith(id)) ?? '';
    expect(row('fx-2009')).toMatch(/0\.20 \(1\) +— +0\.10 \(0\) +0\.05 \(0\) +6\.0 \(9\)$/);
    expect(row('fx-2021')).toMatch(/0\.40 \(1\) .* 6\.0 \(\?\)$/);
  });

  it('aligns columns: text left, numbers right', () => {
    expect(table([['a', 'long'], ['bbb', '1']], 1, '')).toBe('a    long\nbbb     1');
  });
});
