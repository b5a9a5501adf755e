/**
 * Named scenarios, as data: each sets every assumption and says why, with
 * sources. The dashboard offers them; the first start of the database seeds
 * them as example scenarios.
 */
import { STATUS_QUO, type Assumptions } from './assumptions';
import { HANOI_FIVE } from './resolutions';
import type { SourceId } from './sources';

export interface Preset {
  id: string;
  name: string;
  rationale: string;
  assumptions: Assumptions;
  sources: SourceId[];
}

const from = (changes: Partial<Assumptions>): Assumptions => ({ ...STATUS_QUO, ...changes });

export const PRESETS: readonly Preset[] = [
  {
    id: 'statusQuo',
    name: 'Status quo (November 2026)',
    rationale: 'No talks and no moratorium; exercises reduced from full scale as in August 2025 and 2026; Russia a treaty ally supplying food, fuel, currency and technology; China enforcing sanctions laxly as trade recovers; a US administration open to talks but offering nothing yet. Six nuclear tests, none since 2017; the last ICBM flew on 31 October 2024; about 50 warheads.',
    assumptions: { ...STATUS_QUO },
    sources: ['histExercises', 'histRussiaChina', 'histArsenal', 'boldStep', 'informalBloc'],
  },
  {
    id: 'hanoiAccepted',
    name: 'Hanoi ask accepted',
    rationale: 'Washington accepts what Pyongyang asked at Hanoi: the five 2016–17 resolutions that hit the civilian economy are lifted, in exchange for dismantling the Yongbyon plutonium and uranium facilities under US experts and a written, permanent halt of nuclear and ICBM tests. Leader-level diplomacy, exercises held at a lower level, a declaration of no hostile intent. Yongbyon dismantlement under way means the arrangement is in force: the interim-deal outlook then measures a further agreement, while the verified-step, test and arsenal outlooks show the deal\'s effect.',
    assumptions: from({
      testMoratorium: 'codified', sanctionsLifted: [...HANOI_FIVE], yongbyonDismantlement: true, exerciseScale: 40,
      channel: 'leaderSummit', usEngagement: 85, securityAssurances: 'declaratory',
    }),
    sources: ['inssHanoi', 'histResolutions', 'histAgreements', 'kimPutin2019'],
  },
  {
    id: 'singaporeSpirit',
    name: 'Singapore spirit',
    rationale: 'A return to 2018: leader-level courtship, "war games" suspended, a declared moratorium on nuclear and ICBM tests and a vague commitment to "complete denuclearization" in exchange for new relations and a peace regime. Unlike 2018, Russia backs Pyongyang and China enforces little, so sanctions bite less and the DPRK needs a deal less.',
    assumptions: from({
      testMoratorium: 'declared', exerciseScale: 0, usEngagement: 95, channel: 'leaderSummit', securityAssurances: 'declaratory',
    }),
    sources: ['histAgreements', 'histExercises', 'softPowerFailed', 'boldStep'],
  },
  {
    id: 'freezeForRelief',
    name: 'Freeze for relief',
    rationale: 'The deal analysts expect a second Trump term to seek through a back channel turned into working-level talks: a freeze of the nuclear programme and a halt to new weapons, rather than full dismantlement, for partial sanctions relief and aid. The DPRK declares a halt to fissile production and accepts a written test moratorium; the US lifts the two resolutions that ban its textile exports and cap its fuel, scales back exercises and offers declaratory assurances. The Persian paper\'s "verifiable halt of fissile production for relief and guarantees", before verification.',
    assumptions: from({
      testMoratorium: 'codified', fissileFreeze: 'declared', sanctionsLifted: [2375, 2397], exerciseScale: 40,
      usEngagement: 75, channel: 'workingLevel', securityAssurances: 'declaratory',
    }),
    sources: ['informalBloc', 'softPowerFailed', 'boldStep'],
  },
  {
    id: 'maximumPressure2',
    name: 'Maximum pressure 2.0',
    rationale: 'Washington returns to the 2017 playbook: full-scale exercises, no talks, secondary pressure on Beijing to enforce sanctions, and close trilateral coordination with Seoul and Tokyo. Unlike 2017, Russia offsets much of the pressure. The Arabic analysis judges that "maximum pressure" did not work; the model shows what it does to tension and launches.',
    assumptions: from({
      exerciseScale: 100, usEngagement: 5, chinaEnforcement: 60, allianceCohesion: 85, channel: 'none',
    }),
    sources: ['boldStep', 'histExercises', 'histRussiaChina', 'informalBloc'],
  },
  {
    id: 'russiaBackedStandoff',
    name: 'Russia-backed standoff',
    rationale: 'The informal Russia–China–DPRK bloc hardens: Russia gives full support under the 2024 treaty, China all but stops enforcing sanctions, Washington turns to deterrence with larger drills and little engagement. Pyongyang, with solid-fuel missiles and a foreign backer, has no reason to talk.',
    assumptions: from({
      russiaSupport: 100, chinaEnforcement: 15, usEngagement: 30, exerciseScale: 80, allianceCohesion: 75,
    }),
    sources: ['informalBloc', 'histRussiaChina', 'boldStep'],
  },
  {
    id: 'legacySummit',
    name: 'Fourth summit for a legacy',
    rationale: 'A fourth Trump–Kim summit in search of a legacy: leader-level talks, exercises scaled back and US forces in Korea reduced, formal security assurances on offer, with Seoul and Tokyo alarmed at concessions made over their heads. The Arabic analysis warns this could end in tacit acceptance of a nuclear DPRK; the model shows what it buys.',
    assumptions: from({
      channel: 'leaderSummit', usEngagement: 90, exerciseScale: 30, usfkPosture: 'reduced', securityAssurances: 'formal',
      allianceCohesion: 40,
    }),
    sources: ['boldStep', 'inssHanoi', 'softPowerFailed'],
  },
];
