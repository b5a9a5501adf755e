/**
 * The twelve assumptions a user sets, their zod schema and the metadata the UI
 * and the model card are built from. Status-quo defaults describe November 2026.
 * Free of server imports, so the browser validates with the same schema. The texts here
 * are English, read from the `model` messages; describeModel(locale) gives them in any locale.
 */
import { z } from 'zod';
import { RESOLUTION_NUMBERS, type ResolutionNumber } from './resolutions';
import type { SourceId } from './sources';
// English, the messages' source; importing one JSON file keeps this module client-safe.
import EN from '../i18n/messages/en/model.json';

const percent = (name: string) =>
  z
    .number({ error: `${name} must be a number from 0 to 100` })
    .int({ error: `${name} must be a whole number` })
    .min(0, { error: `${name} must be at least 0` })
    .max(100, { error: `${name} must be at most 100` });

const resolutionNumber = z.literal(RESOLUTION_NUMBERS, {
  error: `must be one of the eleven UN resolutions: ${RESOLUTION_NUMBERS.join(', ')}`,
});

export const TEST_MORATORIUM = ['none', 'declared', 'codified'] as const;
export const CHANNELS = ['none', 'backChannel', 'workingLevel', 'leaderSummit'] as const;
export const SECURITY_ASSURANCES = ['none', 'declaratory', 'formal'] as const;
export const FISSILE_FREEZE = ['none', 'declared', 'verified'] as const;
export const USFK_POSTURE = ['maintained', 'reduced', 'withdrawing'] as const;

export const assumptionsSchema = z.strictObject({
  testMoratorium: z.enum(TEST_MORATORIUM),
  sanctionsLifted: z
    .array(resolutionNumber)
    .max(11)
    .refine((list) => new Set(list).size === list.length, { error: 'lists a resolution twice' }),
  exerciseScale: percent('exerciseScale'),
  russiaSupport: percent('russiaSupport'),
  chinaEnforcement: percent('chinaEnforcement'),
  usEngagement: percent('usEngagement'),
  channel: z.enum(CHANNELS),
  securityAssurances: z.enum(SECURITY_ASSURANCES),
  yongbyonDismantlement: z.boolean(),
  fissileFreeze: z.enum(FISSILE_FREEZE),
  allianceCohesion: percent('allianceCohesion'),
  usfkPosture: z.enum(USFK_POSTURE),
});
export type Assumptions = z.infer<typeof assumptionsSchema>;
export type AssumptionId = keyof Assumptions;

export const horizonMonthsSchema = z
  .number({ error: 'horizonMonths must be a number of months' })
  .int({ error: 'horizonMonths must be a whole number of months' })
  .min(3, { error: 'horizonMonths must be at least 3' })
  .max(36, { error: 'horizonMonths must be at most 36' });
export const DEFAULT_HORIZON_MONTHS = 12;

/** Conditions as of November 2026 (history.md; seeds 001 and 003). */
export const STATUS_QUO: Readonly<Assumptions> = Object.freeze({
  testMoratorium: 'none',
  sanctionsLifted: [],
  exerciseScale: 60,
  russiaSupport: 90,
  chinaEnforcement: 30,
  usEngagement: 60,
  channel: 'none',
  securityAssurances: 'none',
  yongbyonDismantlement: false,
  fissileFreeze: 'none',
  allianceCohesion: 60,
  usfkPosture: 'maintained',
});

export const ASSUMPTION_GROUP_IDS = ['dprkCommitments', 'usRokMeasures', 'sanctions', 'greatPowers', 'diplomaticTrack'] as const;
/** The groups in the order the controls show them; labels in English (describeModel(locale) translates). */
export const ASSUMPTION_GROUPS = ASSUMPTION_GROUP_IDS.map((id) => ({ id, label: EN.groups[id] }));
export type AssumptionGroupId = (typeof ASSUMPTION_GROUP_IDS)[number];

export type AssumptionDomain =
  | { kind: 'percent'; min: 0; max: 100; step: 1; anchors: { value: number; label: string }[] }
  | { kind: 'enum'; options: { value: string; label: string }[] }
  | { kind: 'boolean'; trueLabel: string; falseLabel: string }
  | { kind: 'resolutions'; options: ResolutionNumber[] };

export interface AssumptionMeta {
  id: AssumptionId;
  label: string;
  help: string;
  group: AssumptionGroupId;
  domain: AssumptionDomain;
  statusQuo: Assumptions[AssumptionId];
  sources: SourceId[];
}

/** An enumeration's options, labelled in English from the model's messages. */
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));
/** Anchors of a percent scale: the message keys are `v<value>` (`v40`: "Dong Maeng (2019)"). */
const anchors = (labels: Record<string, string>) =>
  Object.entries(labels).map(([key, label]) => ({ value: Number(key.slice(1)), label }));
const A = EN.assumptions;

export const ASSUMPTIONS: readonly AssumptionMeta[] = [
  {
    id: 'testMoratorium',
    label: A.testMoratorium.label,
    help: A.testMoratorium.help,
    group: 'dprkCommitments',
    domain: { kind: 'enum', options: options(TEST_MORATORIUM, A.testMoratorium.options) },
    statusQuo: STATUS_QUO.testMoratorium,
    sources: ['inssHanoi', 'histAgreements', 'softPowerFailed'],
  },
  {
    id: 'fissileFreeze',
    label: A.fissileFreeze.label,
    help: A.fissileFreeze.help,
    group: 'dprkCommitments',
    domain: { kind: 'enum', options: options(FISSILE_FREEZE, A.fissileFreeze.options) },
    statusQuo: STATUS_QUO.fissileFreeze,
    sources: ['softPowerFailed', 'histAgreements', 'histArsenal'],
  },
  {
    id: 'yongbyonDismantlement',
    label: A.yongbyonDismantlement.label,
    help: A.yongbyonDismantlement.help,
    group: 'dprkCommitments',
    domain: { kind: 'boolean', trueLabel: A.yongbyonDismantlement.yes, falseLabel: A.yongbyonDismantlement.no },
    statusQuo: STATUS_QUO.yongbyonDismantlement,
    sources: ['inssHanoi', 'histAgreements', 'kimPutin2019'],
  },
  {
    id: 'exerciseScale',
    label: A.exerciseScale.label,
    help: A.exerciseScale.help,
    group: 'usRokMeasures',
    domain: { kind: 'percent', min: 0, max: 100, step: 1, anchors: anchors(A.exerciseScale.anchors) },
    statusQuo: STATUS_QUO.exerciseScale,
    sources: ['histExercises', 'inssHanoi', 'softPowerFailed'],
  },
  {
    id: 'securityAssurances',
    label: A.securityAssurances.label,
    help: A.securityAssurances.help,
    group: 'usRokMeasures',
    domain: { kind: 'enum', options: options(SECURITY_ASSURANCES, A.securityAssurances.options) },
    statusQuo: STATUS_QUO.securityAssurances,
    sources: ['softPowerFailed', 'histAgreements'],
  },
  {
    id: 'usfkPosture',
    label: A.usfkPosture.label,
    help: A.usfkPosture.help,
    group: 'usRokMeasures',
    domain: { kind: 'enum', options: options(USFK_POSTURE, A.usfkPosture.options) },
    statusQuo: STATUS_QUO.usfkPosture,
    sources: ['boldStep', 'softPowerFailed', 'inssHanoi'],
  },
  {
    id: 'allianceCohesion',
    label: A.allianceCohesion.label,
    help: A.allianceCohesion.help,
    group: 'usRokMeasures',
    domain: { kind: 'percent', min: 0, max: 100, step: 1, anchors: anchors(A.allianceCohesion.anchors) },
    statusQuo: STATUS_QUO.allianceCohesion,
    sources: ['boldStep', 'informalBloc'],
  },
  {
    id: 'sanctionsLifted',
    label: A.sanctionsLifted.label,
    help: A.sanctionsLifted.help,
    group: 'sanctions',
    domain: { kind: 'resolutions', options: [...RESOLUTION_NUMBERS] },
    statusQuo: STATUS_QUO.sanctionsLifted,
    sources: ['histResolutions', 'inssHanoi', 'kimPutin2019'],
  },
  {
    id: 'chinaEnforcement',
    label: A.chinaEnforcement.label,
    help: A.chinaEnforcement.help,
    group: 'greatPowers',
    domain: { kind: 'percent', min: 0, max: 100, step: 1, anchors: anchors(A.chinaEnforcement.anchors) },
    statusQuo: STATUS_QUO.chinaEnforcement,
    sources: ['histRussiaChina', 'softPowerFailed'],
  },
  {
    id: 'russiaSupport',
    label: A.russiaSupport.label,
    help: A.russiaSupport.help,
    group: 'greatPowers',
    domain: { kind: 'percent', min: 0, max: 100, step: 1, anchors: anchors(A.russiaSupport.anchors) },
    statusQuo: STATUS_QUO.russiaSupport,
    sources: ['boldStep', 'informalBloc', 'histRussiaChina', 'kimPutin2019'],
  },
  {
    id: 'usEngagement',
    label: A.usEngagement.label,
    help: A.usEngagement.help,
    group: 'diplomaticTrack',
    domain: { kind: 'percent', min: 0, max: 100, step: 1, anchors: anchors(A.usEngagement.anchors) },
    statusQuo: STATUS_QUO.usEngagement,
    sources: ['boldStep', 'informalBloc', 'softPowerFailed'],
  },
  {
    id: 'channel',
    label: A.channel.label,
    help: A.channel.help,
    group: 'diplomaticTrack',
    domain: { kind: 'enum', options: options(CHANNELS, A.channel.options) },
    statusQuo: STATUS_QUO.channel,
    sources: ['inssHanoi', 'informalBloc', 'boldStep', 'histAgreements'],
  },
];

export const ASSUMPTION_IDS = ASSUMPTIONS.map((a) => a.id);
