/** The scored outlooks and the diplomatic states: ids and the words the UI shows. */
import type { SourceId } from './sources';

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
    label: 'Nuclear test',
    phrase: 'A seventh nuclear test',
    unit: 'probability',
    help: 'Probability of at least one DPRK nuclear test within the horizon. The DPRK has tested six times (2006–2017) and not since September 2017.',
    sources: ['histTests', 'histForecasts'],
  },
  {
    id: 'icbmLaunch',
    label: 'ICBM launch',
    phrase: 'An ICBM launch',
    unit: 'probability',
    help: 'Probability of at least one intercontinental ballistic missile launch within the horizon. The last was on 31 October 2024.',
    sources: ['histLaunches'],
  },
  {
    id: 'interimDeal',
    label: 'Interim deal',
    phrase: 'A new interim deal',
    unit: 'probability',
    help: 'Probability that a new agreement is signed or announced within the horizon in which the DPRK commits to a freeze or halt in exchange for concessions (as the Agreed Framework, the February 13 agreement or the Leap Day deal). An arrangement the scenario already has in force (a verified freeze or Yongbyon dismantlement under way) is not counted unless it collapses and a new one is struck.',
    sources: ['histAgreements', 'softPowerFailed'],
  },
  {
    id: 'denuclearizationStep',
    label: 'Verified denuclearization step',
    phrase: 'A verified denuclearization step',
    unit: 'probability',
    help: 'Probability of a physical step verified by inspectors or outside experts within the horizon, such as the 2007 reactor shutdown under IAEA monitoring or the 2008 cooling-tower demolition.',
    sources: ['histAgreements'],
  },
  {
    id: 'missileLaunches',
    label: 'Missile launches',
    phrase: 'Ballistic missile launches',
    unit: 'count',
    help: 'Expected number of ballistic missiles launched within the horizon, counted as the CNS database counts them (each missile, space launch vehicles included). The band reflects uncertainty in the model\'s parameters, not the randomness of the count itself.',
    sources: ['histLaunches'],
  },
  {
    id: 'tensionIndex',
    label: 'Tension index',
    phrase: 'Tension',
    unit: 'index',
    help: 'A 0–100 index of military and political tension on the peninsula: about 85 in a crisis such as 2017, about 55 in a standoff, lower in talks and lowest under a working freeze. The scorecard shows its average over the horizon.',
    sources: ['histExercises', 'histLaunches'],
  },
  {
    id: 'arsenal',
    label: 'Arsenal',
    phrase: 'The arsenal',
    unit: 'warheads',
    help: 'Estimated number of nuclear warheads at the end of the horizon: about 50 today, with fissile material for some 40 more; production slows with a freeze and nearly stops with a verified one.',
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
  { id: 'crisis', label: 'Crisis', help: 'Open confrontation: threats, weapons tests and military signalling, as in 2017 or 2022–23.' },
  { id: 'standoff', label: 'Standoff', help: 'No talks; deterrence on both sides and routine short-range launches, as in 2010–11 or 2024–26.' },
  { id: 'talks', label: 'Talks', help: 'Negotiations under way at some level, without an arrangement in force, as in 2005–06 or 2019.' },
  { id: 'freeze', label: 'Freeze', help: 'An interim arrangement in force: the DPRK halts tests or production in exchange for concessions, as in 2007–08 or 2018.' },
  { id: 'settlement', label: 'Settlement', help: 'A denuclearization roadmap being implemented with verified physical steps; never reached for long.' },
];
