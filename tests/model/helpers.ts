import { STATUS_QUO, runForecast, type Assumptions, type ForecastResult } from '@/server/model';

/** A fast forecast for property tests: fewer draws, fixed seed. */
export function forecast(changes: Partial<Assumptions> = {}, horizonMonths = 12, draws = 600): ForecastResult {
  return runForecast({ assumptions: { ...STATUS_QUO, ...changes }, horizonMonths, draws, seed: 7 });
}
