/**
 * The model as a backtest forecast function: only the request (assumptions,
 * horizon, context) reaches it. Shared by the CLI and the model card.
 */
import { runForecast } from '../model';
import type { ForecastFunction } from './run-backtest';

export function modelForecast(draws: number, seed: number): ForecastFunction {
  return ({ assumptions, horizonMonths, context }) => {
    const { outlooks } = runForecast({ assumptions, horizonMonths, draws, seed }, { context });
    return {
      nuclearTest: outlooks.nuclearTest.mean,
      icbmLaunch: outlooks.icbmLaunch.mean,
      interimDeal: outlooks.interimDeal.mean,
      denuclearizationStep: outlooks.denuclearizationStep.mean,
      missileLaunches: outlooks.missileLaunches.mean,
    };
  };
}
