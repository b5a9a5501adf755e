'use client';
/** The status-quo scorecard as plain text: one entry per outlook, with its band and reading. */
import { useQuery } from '@tanstack/react-query';
// The model's data modules, not its index: the browser bundle gets the labels and
// defaults but not the simulation code.
import { STATUS_QUO } from '@/server/model/assumptions';
import { OUTLOOKS } from '@/server/model/outlooks';
import { useTRPC } from '../_trpc/client';
import { formatMean, formatRange } from './format-outlook';

const HORIZON_MONTHS = 12;

export function StatusQuoOutlook() {
  const trpc = useTRPC();
  const forecast = useQuery(trpc.forecast.run.queryOptions({ assumptions: STATUS_QUO, horizonMonths: HORIZON_MONTHS }));

  if (forecast.isPending) {
    return <p role="status" className="status">Computing the status-quo outlook…</p>;
  }
  if (forecast.isError) {
    return (
      <p role="alert" className="status error">
        The forecast could not be computed: {forecast.error.message}
      </p>
    );
  }
  const result = forecast.data;
  return (
    <section aria-labelledby="outlooks-heading">
      <h2 id="outlooks-heading">Status quo, next {result.horizonMonths} months</h2>
      <ul className="outlooks">
        {OUTLOOKS.map((meta) => {
          const outlook = result.outlooks[meta.id];
          return (
            <li key={meta.id} className="outlook">
              <h3>{meta.label}</h3>
              <p className="value">
                <strong>{formatMean(outlook, meta.unit)}</strong>
                <span className="band">80% band: {formatRange(outlook, meta.unit)}</span>
              </p>
              <p className="reading">{outlook.reading}</p>
            </li>
          );
        })}
      </ul>
      <p className="meta">
        Model version {result.modelVersion} · {result.draws.toLocaleString('en-US')} simulated draws · seed {result.seed}
      </p>
    </section>
  );
}
