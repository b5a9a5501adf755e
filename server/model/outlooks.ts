/** The scored outlooks and the diplomatic states: ids and the words the UI shows. */
import type { SourceId } from './sources';
import EN from '../i18n/messages/en/model.json';

// English texts, from the model's messages; describeModel(locale) translates them.
const O = EN.outlooks;
const S = EN.states;

export const OUTLOOK_IDS = [
  'nuclearTest',
  'icbmLaunch',
  'interimDeal',
  'denuclearizationStep',
  'missileLaunches',
  'tensionIndex',
  'arsenal',
] as const;
export type OutlookId = (typeof OUTLOOK_IDS)[number];

/** Outlooks scored as "at least one event within the horizon". */
export const EVENT_OUTLOOKS = ['nuclearTest', 'icbmLaunch', 'interimDeal', 'denuclearizationStep'] as const;
export type EventOutlookId = (typeof EVENT_OUTLOOKS)[number];

export type OutlookUnit = 'probability' | 'count' | 'index' | 'warheads';

export interface OutlookMeta {
  id: OutlookId;
  label: string;
  /** Completes "…within 12 months" in readings, e.g. "A nuclear test". */
  phrase: string;
  unit: OutlookUnit;
  help: string;
  sources: SourceId[];
}

export const OUTLOOKS: readonly OutlookMeta[] = [
  {
    id: 'nuclearTest',
    label: O.nuclearTest.label,
    phrase: O.nuclearTest.phrase,
    unit: 'probability',
    help: O.nuclearTest.help,
    sources: ['histTests', 'histForecasts'],
  },
  {
    id: 'icbmLaunch',
    label: O.icbmLaunch.label,
    phrase: O.icbmLaunch.phrase,
    unit: 'probability',
    help: O.icbmLaunch.help,
    sources: ['histLaunches'],
  },
  {
    id: 'interimDeal',
    label: O.interimDeal.label,
    phrase: O.interimDeal.phrase,
    unit: 'probability',
    help: O.interimDeal.help,
    sources: ['histAgreements', 'softPowerFailed'],
  },
  {
    id: 'denuclearizationStep',
    label: O.denuclearizationStep.label,
    phrase: O.denuclearizationStep.phrase,
    unit: 'probability',
    help: O.denuclearizationStep.help,
    sources: ['histAgreements'],
  },
  {
    id: 'missileLaunches',
    label: O.missileLaunches.label,
    phrase: O.missileLaunches.phrase,
    unit: 'count',
    help: O.missileLaunches.help,
    sources: ['histLaunches'],
  },
  {
    id: 'tensionIndex',
    label: O.tensionIndex.label,
    phrase: O.tensionIndex.phrase,
    unit: 'index',
    help: O.tensionIndex.help,
    sources: ['histExercises', 'histLaunches'],
  },
  {
    id: 'arsenal',
    label: O.arsenal.label,
    phrase: O.arsenal.phrase,
    unit: 'warheads',
    help: O.arsenal.help,
    sources: ['histArsenal', 'boldStep'],
  },
];

export const STATE_IDS = ['crisis', 'standoff', 'talks', 'freeze', 'settlement'] as const;
export type StateId = (typeof STATE_IDS)[number];

export interface StateMeta {
  id: StateId;
  label: string;
  help: string;
}

export const STATES: readonly StateMeta[] = [
  { id: 'crisis', label: S.crisis.label, help: S.crisis.help },
  { id: 'standoff', label: S.standoff.label, help: S.standoff.help },
  { id: 'talks', label: S.talks.label, help: S.talks.help },
  { id: 'freeze', label: S.freeze.label, help: S.freeze.help },
  { id: 'settlement', label: S.settlement.label, help: S.settlement.help },
];
