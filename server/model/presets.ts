/**
 * Named scenarios, as data: each sets every assumption and says why, with
 * sources. The dashboard offers them; the first start of the database seeds
 * them as example scenarios.
 */
import { STATUS_QUO, type Assumptions } from './assumptions';
import { HANOI_FIVE } from './resolutions';
import type { SourceId } from './sources';
import EN from '../i18n/messages/en/model.json';

// English names and rationales, from the model's messages; describeModel(locale) translates them.
const P = EN.presets;

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
    name: P.statusQuo.name,
    rationale: P.statusQuo.rationale,
    assumptions: { ...STATUS_QUO },
    sources: ['histExercises', 'histRussiaChina', 'histArsenal', 'boldStep', 'informalBloc'],
  },
  {
    id: 'hanoiAccepted',
    name: P.hanoiAccepted.name,
    rationale: P.hanoiAccepted.rationale,
    assumptions: from({
      testMoratorium: 'codified', sanctionsLifted: [...HANOI_FIVE], yongbyonDismantlement: true, exerciseScale: 40,
      channel: 'leaderSummit', usEngagement: 85, securityAssurances: 'declaratory',
    }),
    sources: ['inssHanoi', 'histResolutions', 'histAgreements', 'kimPutin2019'],
  },
  {
    id: 'singaporeSpirit',
    name: P.singaporeSpirit.name,
    rationale: P.singaporeSpirit.rationale,
    assumptions: from({
      testMoratorium: 'declared', exerciseScale: 0, usEngagement: 95, channel: 'leaderSummit', securityAssurances: 'declaratory',
    }),
    sources: ['histAgreements', 'histExercises', 'softPowerFailed', 'boldStep'],
  },
  {
    id: 'freezeForRelief',
    name: P.freezeForRelief.name,
    rationale: P.freezeForRelief.rationale,
    assumptions: from({
      testMoratorium: 'codified', fissileFreeze: 'declared', sanctionsLifted: [2375, 2397], exerciseScale: 40,
      usEngagement: 75, channel: 'workingLevel', securityAssurances: 'declaratory',
    }),
    sources: ['informalBloc', 'softPowerFailed', 'boldStep'],
  },
  {
    id: 'maximumPressure2',
    name: P.maximumPressure2.name,
    rationale: P.maximumPressure2.rationale,
    assumptions: from({
      exerciseScale: 100, usEngagement: 5, chinaEnforcement: 60, allianceCohesion: 85, channel: 'none',
    }),
    sources: ['boldStep', 'histExercises', 'histRussiaChina', 'informalBloc'],
  },
  {
    id: 'russiaBackedStandoff',
    name: P.russiaBackedStandoff.name,
    rationale: P.russiaBackedStandoff.rationale,
    assumptions: from({
      russiaSupport: 100, chinaEnforcement: 15, usEngagement: 30, exerciseScale: 80, allianceCohesion: 75,
    }),
    sources: ['informalBloc', 'histRussiaChina', 'boldStep'],
  },
  {
    id: 'legacySummit',
    name: P.legacySummit.name,
    rationale: P.legacySummit.rationale,
    assumptions: from({
      channel: 'leaderSummit', usEngagement: 90, exerciseScale: 30, usfkPosture: 'reduced', securityAssurances: 'formal',
      allianceCohesion: 40,
    }),
    sources: ['boldStep', 'inssHanoi', 'softPowerFailed'],
  },
];
