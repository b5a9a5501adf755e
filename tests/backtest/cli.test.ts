/** End to end: the backtest CLI as `npm run backtest` runs it, with the real model. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_OUTLOOKS } from '../../server/model/outlooks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function backtest(...args: string[]) {
  const run = spawnSync(tsx, ['scripts/backtest.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run backtest', { timeout: 90_000 }, () => {
  it('prints the report as JSON, and only JSON, on stdout', () => {
    const { code, stdout, stderr } = backtest('--episodes', 'tests/fixtures/episodes-small.json', '--json', '--draws', '300');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown> & {
      outlooks: Record<string, Record<string, unknown>>;
      missileLaunches: Record<string, unknown>;
      rows: { id: string; predicted: Record<string, number> }[];
    };
    expect(report).toMatchObject({ file: 'tests/fixtures/episodes-small.json', draws: 300, seed: 20261121, episodes: 4 });
    expect(typeof report.modelVersion).toBe('string');
    for (const id of EVENT_OUTLOOKS) {
      expect(Object.keys(report.outlooks[id] ?? {}).sort()).toEqual(
        ['baseRate', 'brier', 'brierSkill', 'climatologyBrier', 'climatologyLogScore', 'events', 'logScore', 'n', 'reliability'],
      );
      expect(report.outlooks[id]?.brier).toEqual(expect.any(Number));
    }
    expect(report.outlooks.icbmLaunch?.n).toBe(3);
    expect(report.missileLaunches).toMatchObject({ n: 3, constant: 3 });
    expect(report.missileLaunches.mae).toEqual(expect.any(Number));
    expect(report.rows.map((r) => r.id)).toEqual(['fx-2009', 'fx-2018-06', 'fx-2021', 'fx-2028']);
    for (const row of report.rows) {
      for (const id of EVENT_OUTLOOKS) expect(row.predicted[id]).toBeGreaterThanOrEqual(0);
      expect(row.predicted.missileLaunches).toBeGreaterThanOrEqual(0);
    }
  });

  it('prints a text report by default', () => {
    const { code, stdout } = backtest('--episodes', 'tests/fixtures/episodes-small.json', '--draws', '200', '--seed', '7');
    expect(code).toBe(0);
    expect(stdout).toContain('Backtest of tests/fixtures/episodes-small.json: 4 episodes');
    expect(stdout).toContain('200 draws, seed 7');
    expect(stdout).toContain('Missile launches: mean absolute error');
  });

  it('rejects a malformed file with a clear message and exit 1', () => {
    const { code, stdout, stderr } = backtest('--episodes', 'tests/fixtures/episodes-malformed/out-of-range.json', '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('episode 1 ("fx-2009"), assumptions.exerciseScale: must be at most 100');
  });

  it('reports a missing file with exit 1', () => {
    const { code, stderr } = backtest('--episodes', 'tests/fixtures/no-such-file.json');
    expect(code).toBe(1);
    expect(stderr).toBe('backtest: cannot read episodes file tests/fixtures/no-such-file.json: no such file\n');
  });

  it('rejects unknown flags and bad numbers with usage and exit 2', () => {
    const unknown = backtest('--episode', 'x.json');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--episode'[\s\S]*Usage: npm run backtest/);
    const draws = backtest('--draws', '5');
    expect(draws.code).toBe(2);
    expect(draws.stderr).toContain('--draws must be a whole number from 100 to 20000, got "5"');
  });
});
