/**
 * The model's texts in a locale: labels, help, options, anchors, resolutions, outlooks,
 * states and presets from the `model` messages (English is their source, and the English
 * constants in assumptions.ts, outlooks.ts, resolutions.ts and presets.ts are read from it).
 * Only words change with the locale: ids, values, domains and sources are the constants'.
 */
import type { Locale } from '../i18n/locales';
import { translatorFor } from '../i18n/translator';
import { ASSUMPTION_GROUPS, ASSUMPTIONS, type AssumptionDomain, type AssumptionMeta } from './assumptions';
import { OUTLOOKS, STATES, type OutlookMeta, type StateMeta } from './outlooks';
import { PRESETS, type Preset } from './presets';
import { RESOLUTIONS, type Resolution } from './resolutions';

/** A translator over the `model` namespace taking keys built at run time (`assumptions.${id}.label`). */
export type ModelTranslator = (key: string, values?: Record<string, string | number>) => string;

const translators = new Map<Locale, ModelTranslator>();

export function modelTranslator(locale: Locale): ModelTranslator {
  let t = translators.get(locale);
  if (!t) {
    const typed = translatorFor(locale, 'model');
    // Keys are checked by tests/i18n/messages.test.ts (every locale has English's keys).
    t = (key, values) => (typed as unknown as ModelTranslator)(key, values);
    translators.set(locale, t);
  }
  return t;
}

export interface LocalizedModelTexts {
  groups: { id: (typeof ASSUMPTION_GROUPS)[number]['id']; label: string }[];
  assumptions: AssumptionMeta[];
  resolutions: Resolution[];
  outlooks: OutlookMeta[];
  states: StateMeta[];
  presets: Preset[];
}

function localizeDomain(t: ModelTranslator, meta: AssumptionMeta): AssumptionDomain {
  const d = meta.domain;
  switch (d.kind) {
    case 'percent':
      return { ...d, anchors: d.anchors.map((a) => ({ value: a.value, label: t(`assumptions.${meta.id}.anchors.v${a.value}`) })) };
    case 'enum':
      return { kind: 'enum', options: d.options.map((o) => ({ value: o.value, label: t(`assumptions.${meta.id}.options.${o.value}`) })) };
    case 'boolean':
      return { kind: 'boolean', trueLabel: t(`assumptions.${meta.id}.yes`), falseLabel: t(`assumptions.${meta.id}.no`) };
    case 'resolutions':
      return { kind: 'resolutions', options: [...d.options] };
  }
}

const cache = new Map<Locale, LocalizedModelTexts>();

/** The texts of a locale, built once; read-only (localizedModelTexts gives copies). */
export function sharedModelTexts(locale: Locale): Readonly<LocalizedModelTexts> {
  let texts = cache.get(locale);
  if (!texts) {
    const t = modelTranslator(locale);
    texts = {
      groups: ASSUMPTION_GROUPS.map((g) => ({ id: g.id, label: t(`groups.${g.id}`) })),
      assumptions: ASSUMPTIONS.map((a) => ({
        ...a,
        label: t(`assumptions.${a.id}.label`),
        help: t(`assumptions.${a.id}.help`),
        domain: localizeDomain(t, a),
        sources: [...a.sources],
      })),
      resolutions: RESOLUTIONS.map((r) => ({
        ...r,
        trigger: t(`resolutions.r${r.number}.trigger`),
        bans: t(`resolutions.r${r.number}.bans`),
      })),
      outlooks: OUTLOOKS.map((o) => ({
        ...o,
        label: t(`outlooks.${o.id}.label`),
        phrase: t(`outlooks.${o.id}.phrase`),
        help: t(`outlooks.${o.id}.help`),
        sources: [...o.sources],
      })),
      states: STATES.map((s) => ({ ...s, label: t(`states.${s.id}.label`), help: t(`states.${s.id}.help`) })),
      presets: PRESETS.map((p) => ({
        ...p,
        name: t(`presets.${p.id}.name`),
        rationale: t(`presets.${p.id}.rationale`),
        assumptions: { ...p.assumptions },
        sources: [...p.sources],
      })),
    };
    cache.set(locale, texts);
  }
  return texts;
}

/** Fresh copies each call: callers may mutate what they get. */
export function localizedModelTexts(locale: Locale): LocalizedModelTexts {
  return structuredClone(sharedModelTexts(locale));
}
