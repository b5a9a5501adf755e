/**
 * forecast.sensitivity: a tornado per outlook. Each assumption is swung
 * across its domain (percent values at 0, 50 and 100; every option of an
 * enumeration; sanctions none, the Hanoi five and all eleven) with the
 * others held at the scenario's values; a bar spans the lowest and highest
 * outlook reached. Means only, on `draws` draws of the same sample.
 */
import { ASSUMPTIONS, type AssumptionMeta, type Assumptions } from './assumptions';
import { CURRENT_CONTEXT, type ModelContext } from './context';
import { toFeatures } from './features';
import { simulate, type HorizonMeans } from './kernel';
import { OUTLOOK_IDS } from './outlooks';
import { parameterDraws } from './parameters';
import { HANOI_FIVE, RESOLUTION_NUMBERS } from './resolutions';
import { sensitivityInputSchema, type SensitivityInput, type SensitivityResult, type TornadoBar } from './schema';
import { MODEL_VERSION } from './version';

interface SwingPoint {
  value: number | string | boolean | number[];
  label: string;
}

export function swingPoints(meta: AssumptionMeta): SwingPoint[] {
  const d = meta.domain;
  switch (d.kind) {
    case 'percent': return [0, 50, 100].map((v) => ({ value: v, label: `${v}` }));
    case 'enum': return d.options.map((o) => ({ value: o.value, label: o.label }));
    case 'boolean': return [{ value: false, label: d.falseLabel }, { value: true, label: d.trueLabel }];
    case 'resolutions': return [
      { value: [], label: 'None lifted' },
      { value: [...HANOI_FIVE], label: 'Hanoi five lifted' },
      { value: [...RESOLUTION_NUMBERS], label: 'All lifted' },
    ];
  }
}

export function runSensitivity(input: SensitivityInput, context: ModelContext = CURRENT_CONTEXT): SensitivityResult {
  const { assumptions, horizonMonths: horizon, outlook, draws, seed } = sensitivityInputSchema.parse(input);
  const params = parameterDraws(seed, draws);
  const evaluate = (a: Assumptions): HorizonMeans =>
    simulate(toFeatures(a, context), params, draws, horizon, context.warheadsEstimate, null);
  const base = evaluate(assumptions);

  const swings = ASSUMPTIONS.map((meta) => ({
    meta,
    points: swingPoints(meta).map((point) => ({
      ...point,
      means: evaluate({ ...assumptions, [meta.id]: point.value } as Assumptions),
    })),
  }));

  const ids = outlook ? [outlook] : OUTLOOK_IDS;
  return {
    modelVersion: MODEL_VERSION,
    horizonMonths: horizon,
    draws,
    seed,
    outlooks: ids.map((id) => {
      const bars: TornadoBar[] = swings.map(({ meta, points }) => {
        let low = points[0]!, high = points[0]!;
        for (const p of points) {
          if (p.means[id] < low.means[id]) low = p;
          if (p.means[id] > high.means[id]) high = p;
        }
        return {
          assumption: meta.id,
          label: meta.label,
          low: { value: low.value, label: low.label, outcome: low.means[id] },
          high: { value: high.value, label: high.label, outcome: high.means[id] },
          swing: high.means[id] - low.means[id],
        };
      });
      bars.sort((a, b) => b.swing - a.swing);
      return { id, base: base[id], bars };
    }),
  };
}
