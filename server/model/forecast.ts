/**
 * forecast.run: the scenario's outlooks with bands and trajectories, the same
 * for the status quo (memoised: it depends only on horizon, draws, seed and
 * context), the attribution of every difference, and a reading per outlook.
 * The locale changes only the texts (readings, driver phrases), never a number.
 */
import type { Locale } from '../i18n/locales';
import { STATUS_QUO, type Assumptions } from './assumptions';
import { differingAssumptions, matchTotal, shapleyAttribution } from './attribution';
import { CURRENT_CONTEXT, type ModelContext } from './context';
import { OUTLOOKS } from './outlooks';
import { driverPhrase } from './phrases';
import { readingFor } from './reading';
import { forecastInputSchema, type Contribution, type ForecastInput, type ForecastResult, type OutlookResult } from './schema';
import { simulateOutlooks, type ScenarioSummary } from './simulate-outlooks';
import { MODEL_VERSION } from './version';

export interface ForecastOptions {
  /** Facts of the forecast date; November 2026 unless the backtest says otherwise. */
  context?: ModelContext;
}

const statusQuoCache = new Map<string, ScenarioSummary>();
function statusQuoSummary(context: ModelContext, horizon: number, draws: number, seed: number): ScenarioSummary {
  const key = JSON.stringify([context, horizon, draws, seed]);
  let summary = statusQuoCache.get(key);
  if (!summary) {
    summary = simulateOutlooks(STATUS_QUO, context, horizon, draws, seed);
    statusQuoCache.set(key, summary);
    if (statusQuoCache.size > 16) statusQuoCache.delete(statusQuoCache.keys().next().value!);
  }
  return summary;
}

export function runForecast(input: ForecastInput, options: ForecastOptions = {}): ForecastResult {
  const { assumptions, horizonMonths: horizon, draws, seed, locale } = forecastInputSchema.parse(input);
  const context = options.context ?? CURRENT_CONTEXT;
  const statusQuo = statusQuoSummary(context, horizon, draws, seed);
  const isStatusQuo = differingAssumptions(assumptions, STATUS_QUO).length === 0;
  const scenario = isStatusQuo ? statusQuo : simulateOutlooks(assumptions, context, horizon, draws, seed);
  const raw = shapleyAttribution(assumptions, STATUS_QUO, context, horizon, draws, seed);

  const outlooks = {} as ForecastResult['outlooks'];
  for (const meta of OUTLOOKS) {
    const { trajectory, ...band } = scenario.outlooks[meta.id];
    const { trajectory: _unused, ...sqBand } = statusQuo.outlooks[meta.id];
    const change = band.mean - sqBand.mean;
    const contributions = contributionsFor(assumptions, raw.players, matchTotal(raw.shapley[meta.id], change), locale);
    const result: OutlookResult = {
      id: meta.id,
      ...band,
      statusQuo: sqBand,
      change,
      trajectory,
      attribution: { total: change, contributions, method: raw.method },
      reading: readingFor(meta, horizon, band, sqBand, contributions, isStatusQuo, locale),
    };
    outlooks[meta.id] = result;
  }
  return {
    modelVersion: MODEL_VERSION,
    horizonMonths: horizon,
    draws,
    seed,
    outlooks,
    states: scenario.states,
    launchesByQuarter: scenario.launchesByQuarter,
  };
}

function contributionsFor(assumptions: Assumptions, players: (keyof Assumptions)[], values: number[], locale: Locale): Contribution[] {
  return players.map((id, i) => ({ assumption: id, phrase: driverPhrase(id, assumptions[id], locale), contribution: values[i]! }));
}
