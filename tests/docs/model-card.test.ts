import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEpisodesFile } from '@/server/backtest/episodes';
import { modelForecast } from '@/server/backtest/model-forecast';
import { runBacktest } from '@/server/backtest/run-backtest';
import { backtestTable, coefficientTable, section } from '@/server/docs/model-card-tables';
import { DEFAULT_DRAWS, DEFAULT_SEED, MODEL_VERSION } from '@/server/model';

const card = readFileSync('docs/model.md', 'utf8');
const CALIBRATION_FILE = '../shared/domain/episodes-calibration.json';

describe('docs/model.md is true to the model (regenerate with `npm run model-card`)', () => {
  it('names the current model version', () => {
    expect(card).toContain(`Model version **${MODEL_VERSION}**`);
  });

  it('lists every coefficient as the model defines it', () => {
    expect(section(card, 'coefficients')).toBe(coefficientTable());
  });

  it('shows the backtest the model scores today on the calibration file', () => {
    const episodes = parseEpisodesFile(readFileSync(CALIBRATION_FILE, 'utf8'), CALIBRATION_FILE);
    const report = runBacktest(episodes, modelForecast(DEFAULT_DRAWS, DEFAULT_SEED));
    expect(section(card, 'backtest')).toBe(backtestTable(report, CALIBRATION_FILE, DEFAULT_DRAWS, DEFAULT_SEED));
  });

  it('beats climatology on nuclear test, ICBM and interim deal (the calibration target)', () => {
    const episodes = parseEpisodesFile(readFileSync(CALIBRATION_FILE, 'utf8'), CALIBRATION_FILE);
    const report = runBacktest(episodes, modelForecast(2000, DEFAULT_SEED));
    for (const id of ['nuclearTest', 'icbmLaunch', 'interimDeal'] as const) {
      expect(report.outlooks[id].brierSkill).toBeGreaterThan(0);
    }
  });
});
