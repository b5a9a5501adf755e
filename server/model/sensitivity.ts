/**
 * forecast.sensitivity: a tornado per outlook. Each assumption is swung
 * across its domain (percent values at 0, 50 and 100; every option of an
 * enumeration; sanctions none, the Hanoi five and all eleven) with the
 * others held at the scenario's values; a bar spans the lowest and highest
 * outlook reached. Means only, on `draws` draws of the same sample. Labels are
 * in the input's locale; the numbers are the same in every one.
 */
import { formatterFor } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { AssumptionMeta, Assumptions } from './assumptions';
import { CURRENT_CONTEXT, type ModelContext } from './context';
import { toFeatures } from './features';
import { simulate, type HorizonMeans } from './kernel';
import { modelTranslator, sharedModelTexts } from './localize';
import { OUTLOOK_IDS } from './outlooks';
import { parameterDraws } from './parameters';
import { HANOI_FIVE, RESOLUTION_NUMBERS } from './resolutions';
import { sensitivityInputSchema, type SensitivityInput, type SensitivityResult, type TornadoBar } from './schema';
import { MODEL_VERSION } from './version';

interface SwingPoint {
  value: number | string | boolean | number[];
  label: string;
}

/** The points an assumption is swung across, labelled in the locale (`meta` localized alike). */
export function swingPoints(meta: AssumptionMeta, locale: Locale = 'en'): SwingPoint[] {
  const d = meta.domain;
  const t = modelTranslator(locale);
  switch (d.kind) {
    case 'percent': return [0, 50, 100].map((v) => ({ value: v, label: formatterFor(locale).number(v) }));
    case 'enum': return d.options.map((o) => ({ value: o.value, label: o.label }));
    case 'boolean': return [{ value: false, label: d.falseLabel }, { value: true, label: d.trueLabel }];
    case 'resolutions': return [
      { value: [], label: t('sensitivity.noneLifted') },
      { value: [...HANOI_FIVE], label: t('sensitivity.hanoiFiveLifted') },
      { value: [...RESOLUTION_NUMBERS], label: t('sensitivity.allLifted') },
    ];
  }
}

export function runSensitivity(input: SensitivityInput, context: ModelContext = CURRENT_CONTEXT): SensitivityResult {
  const { assumptions, horizonMonths: horizon, outlook, draws, seed, locale } = sensitivityInputSchema.parse(input);
  const params = parameterDraws(seed, draws);
  const evaluate = (a: Assumptions): HorizonMeans =>
    simulate(toFeatures(a, context), params, draws, horizon, context.warheadsEstimate, null);
  const base = evaluate(assumptions);

  const swings = sharedModelTexts(locale).assumptions.map((meta) => ({
    meta,
    points: swingPoints(meta, locale).map((point) => ({
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
