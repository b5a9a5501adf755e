/**
 * The twelve assumptions a user sets, their zod schema and the metadata the UI
 * and the model card are built from. Status-quo defaults describe November 2026.
 * Free of server imports, so the browser validates with the same schema.
 */
import { z } from 'zod';
import { RESOLUTION_NUMBERS, type ResolutionNumber } from './resolutions';
import type { SourceId } from './sources';

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

export const ASSUMPTION_GROUPS = [
  { id: 'dprkCommitments', label: 'DPRK commitments' },
  { id: 'usRokMeasures', label: 'US and ROK measures' },
  { id: 'sanctions', label: 'Sanctions' },
  { id: 'greatPowers', label: 'Great powers' },
  { id: 'diplomaticTrack', label: 'Diplomatic track' },
] as const;
export type AssumptionGroupId = (typeof ASSUMPTION_GROUPS)[number]['id'];

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

const option = <T extends string>(value: T, label: string) => ({ value, label });

export const ASSUMPTIONS: readonly AssumptionMeta[] = [
  {
    id: 'testMoratorium',
    label: 'Test moratorium',
    help: 'Whether the DPRK halts nuclear and ICBM tests. "Declared" is a unilateral halt, as announced on 20 April 2018 and renounced at the end of 2019. "Codified" writes the halt into an agreement with the United States, as the Leap Day deal of 2012 did and as the DPRK offered at Hanoi; breaking it then costs the concessions it bought. A moratorium lowers the monthly chance of a test or an ICBM flight but does not remove it: it is "the stick Kim can strike with at any time".',
    group: 'dprkCommitments',
    domain: { kind: 'enum', options: [option('none', 'None'), option('declared', 'Declared'), option('codified', 'Codified')] },
    statusQuo: STATUS_QUO.testMoratorium,
    sources: ['inssHanoi', 'histAgreements', 'softPowerFailed'],
  },
  {
    id: 'fissileFreeze',
    label: 'Fissile-material freeze',
    help: 'A halt to the production of plutonium and enriched uranium. "Declared" is a promise; "verified" means inspectors are on site, which can only happen under an arrangement already in force (as in 2007–08). A freeze slows the growth of the arsenal; a verified one nearly stops it. The Persian paper names a verifiable halt of fissile production, in exchange for relief and security guarantees, as the realistic next step.',
    group: 'dprkCommitments',
    domain: { kind: 'enum', options: [option('none', 'None'), option('declared', 'Declared'), option('verified', 'Verified')] },
    statusQuo: STATUS_QUO.fissileFreeze,
    sources: ['softPowerFailed', 'histAgreements', 'histArsenal'],
  },
  {
    id: 'yongbyonDismantlement',
    label: 'Yongbyon dismantlement under way',
    help: 'The Yongbyon complex is being shut down or dismantled, as in 2007 (reactor shut under IAEA monitoring) and 2008 (cooling tower demolished), and as Kim offered at Hanoi under US experts. Yongbyon is not the whole programme: an enrichment site outside it was the point Kim refused to discuss at Hanoi. Dismantlement under way implies an arrangement already in force and makes a verified step likely.',
    group: 'dprkCommitments',
    domain: { kind: 'boolean', trueLabel: 'Under way', falseLabel: 'No' },
    statusQuo: STATUS_QUO.yongbyonDismantlement,
    sources: ['inssHanoi', 'histAgreements', 'kimPutin2019'],
  },
  {
    id: 'exerciseScale',
    label: 'US–ROK exercise scale',
    help: 'Combined US–ROK exercises as a percentage of full field scale. 100 is 2017 or 2023 (Ulchi Freedom Guardian with ~17,500 US troops); about 40 is the 2019 Dong Maeng drills at battalion level; 0 is a suspension, as after Singapore. 60 reflects the reduced August 2025 and 2026 drills. Larger exercises raise tension and the rate of DPRK launches, which often answer the drills; suspending them was the US concession at Singapore and Hanoi.',
    group: 'usRokMeasures',
    domain: {
      kind: 'percent', min: 0, max: 100, step: 1,
      anchors: [
        { value: 0, label: 'Suspended (2018)' },
        { value: 40, label: 'Dong Maeng (2019)' },
        { value: 100, label: 'Full scale (2017, 2023)' },
      ],
    },
    statusQuo: STATUS_QUO.exerciseScale,
    sources: ['histExercises', 'inssHanoi', 'softPowerFailed'],
  },
  {
    id: 'securityAssurances',
    label: 'US security assurances',
    help: 'What the United States pledges about the DPRK\'s security. "Declaratory": a statement of no hostile intent or an end-of-war declaration, as in the 2005 Joint Statement\'s no-attack pledge and at Singapore. "Formal": a peace regime with treaty force, which the DPRK has demanded and never received. Assurances make talks stickier and a deal more likely; the Persian paper counts their absence among the causes of failure.',
    group: 'usRokMeasures',
    domain: { kind: 'enum', options: [option('none', 'None'), option('declaratory', 'Declaratory'), option('formal', 'Formal peace regime')] },
    statusQuo: STATUS_QUO.securityAssurances,
    sources: ['softPowerFailed', 'histAgreements'],
  },
  {
    id: 'usfkPosture',
    label: 'US forces in Korea',
    help: 'The posture of US Forces Korea. A reduction or withdrawal answers a long-standing DPRK demand and can ease talks, but alarms Seoul and Tokyo, as the Arabic analysis of a Trump deal warns, and a withdrawal weakens deterrence. The model treats it as a concession that lowers tension a little and raises the chance of a deal a little.',
    group: 'usRokMeasures',
    domain: { kind: 'enum', options: [option('maintained', 'Maintained'), option('reduced', 'Reduced'), option('withdrawing', 'Withdrawing')] },
    statusQuo: STATUS_QUO.usfkPosture,
    sources: ['boldStep', 'softPowerFailed', 'inssHanoi'],
  },
  {
    id: 'allianceCohesion',
    label: 'Alliance cohesion',
    help: 'Coordination and mutual confidence among the United States, South Korea and Japan. About 90 at the Camp David summit of 2023; lower when Washington bargains over its allies\' heads. Cohesion strengthens deterrence and makes collapse into crisis less likely, but trilateral drills also draw DPRK launches.',
    group: 'usRokMeasures',
    domain: {
      kind: 'percent', min: 0, max: 100, step: 1,
      anchors: [
        { value: 50, label: 'Strained' },
        { value: 90, label: 'Camp David (2023)' },
      ],
    },
    statusQuo: STATUS_QUO.allianceCohesion,
    sources: ['boldStep', 'informalBloc'],
  },
  {
    id: 'sanctionsLifted',
    label: 'UN sanctions lifted',
    help: 'Which of the eleven UN Security Council resolutions ("sanctions groups") are lifted. The model weighs them by economic bite, not by count: the five of 2016–17 that the DPRK asked to lift at Hanoi (2270, 2321, 2371, 2375, 2397) carry most of the pressure, while 2356 only adds designations. Relief is the DPRK\'s core ask, so lifting raises the chance of a deal; without a freeze it also frees resources for the arsenal.',
    group: 'sanctions',
    domain: { kind: 'resolutions', options: [...RESOLUTION_NUMBERS] },
    statusQuo: STATUS_QUO.sanctionsLifted,
    sources: ['histResolutions', 'inssHanoi', 'kimPutin2019'],
  },
  {
    id: 'chinaEnforcement',
    label: 'Chinese sanctions enforcement',
    help: 'How strictly China, the DPRK\'s main trading partner, enforces the sanctions. About 75–85 in 2017–19, when trade halved; about 30 since 2023, as trade recovered to 2.7B USD in 2025. Enforcement is what turns resolutions into pressure: weak enforcement reduces the DPRK\'s urgency to negotiate.',
    group: 'greatPowers',
    domain: {
      kind: 'percent', min: 0, max: 100, step: 1,
      anchors: [
        { value: 30, label: 'Lax (2023+)' },
        { value: 80, label: 'Strict (2017–19)' },
      ],
    },
    statusQuo: STATUS_QUO.chinaEnforcement,
    sources: ['histRussiaChina', 'softPowerFailed'],
  },
  {
    id: 'russiaSupport',
    label: 'Russian support',
    help: 'Russian food, fuel, hard currency, military technology and treaty backing. The Comprehensive Strategic Partnership Treaty of June 2024 (in force December 2024, with a mutual-defence clause) puts it at about 85–90. Strong support blunts sanctions, lowers the DPRK\'s need for a deal and strengthens its hand; a settlement of the war in Ukraine could make it less certain.',
    group: 'greatPowers',
    domain: {
      kind: 'percent', min: 0, max: 100, step: 1,
      anchors: [
        { value: 10, label: 'Minimal (2006–2018)' },
        { value: 90, label: 'Treaty ally (2024+)' },
      ],
    },
    statusQuo: STATUS_QUO.russiaSupport,
    sources: ['boldStep', 'informalBloc', 'histRussiaChina', 'kimPutin2019'],
  },
  {
    id: 'usEngagement',
    label: 'US engagement',
    help: 'The US approach: 0 is maximum pressure, 50 is openness to talks without concessions, 100 is leader-level courtship as in 2018. Engagement opens and sustains talks and lowers the risk of crisis; on its own it buys no denuclearization, as three summits showed.',
    group: 'diplomaticTrack',
    domain: {
      kind: 'percent', min: 0, max: 100, step: 1,
      anchors: [
        { value: 0, label: 'Maximum pressure' },
        { value: 50, label: 'Open to talks' },
        { value: 100, label: 'Courtship (2018)' },
      ],
    },
    statusQuo: STATUS_QUO.usEngagement,
    sources: ['boldStep', 'informalBloc', 'softPowerFailed'],
  },
  {
    id: 'channel',
    label: 'Diplomatic channel',
    help: 'The active diplomatic track. A back channel is quiet contact (as analysts expect of a second Trump term); working-level talks are negotiations between envoys, as in the Six-Party Talks or Stockholm 2019; a leader summit is top-down diplomacy, which the DPRK values for prestige but which has produced no tangible denuclearization. Any active channel makes a deal possible; with none, talks must first open.',
    group: 'diplomaticTrack',
    domain: {
      kind: 'enum',
      options: [option('none', 'None'), option('backChannel', 'Back channel'), option('workingLevel', 'Working level'), option('leaderSummit', 'Leader summit')],
    },
    statusQuo: STATUS_QUO.channel,
    sources: ['inssHanoi', 'informalBloc', 'boldStep', 'histAgreements'],
  },
];

export const ASSUMPTION_IDS = ASSUMPTIONS.map((a) => a.id);
