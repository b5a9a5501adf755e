// `npm run model-card`: regenerate the coefficient and backtest tables of docs/model.md from the model.
import { readFile, writeFile } from 'node:fs/promises';
import { parseEpisodesFile } from '../server/backtest/episodes';
import { modelForecast } from '../server/backtest/model-forecast';
import { runBacktest } from '../server/backtest/run-backtest';
import { backtestTable, coefficientTable, replaceSection } from '../server/docs/model-card-tables';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../server/model/schema';

export const CALIBRATION_FILE = '../shared/domain/episodes-calibration.json';
const CARD = 'docs/model.md';

const episodes = parseEpisodesFile(await readFile(CALIBRATION_FILE, 'utf8'), CALIBRATION_FILE);
const report = runBacktest(episodes, modelForecast(DEFAULT_DRAWS, DEFAULT_SEED));
let card = await readFile(CARD, 'utf8');
card = replaceSection(card, 'coefficients', coefficientTable());
card = replaceSection(card, 'backtest', backtestTable(report, CALIBRATION_FILE, DEFAULT_DRAWS, DEFAULT_SEED));
await writeFile(CARD, card);
console.log(`${CARD}: coefficient and backtest tables regenerated`);
