/**
 * Plain words for an assumption's value, as a driver in a reading: "the
 * codified moratorium", "the scaled-back exercises (30% of full scale)".
 * Percent assumptions are described relative to the status quo, because a
 * driver is always a departure from it.
 */
import { STATUS_QUO, type Assumptions, type AssumptionId } from './assumptions';
import { HANOI_FIVE, RESOLUTION_NUMBERS } from './resolutions';

type Phrase<K extends AssumptionId> = (value: Assumptions[K]) => string;

const relative = (value: number, statusQuo: number, higher: string, lower: string) =>
  value >= statusQuo ? higher.replace('%v', String(value)) : lower.replace('%v', String(value));

function sanctionsPhrase(lifted: Assumptions['sanctionsLifted']): string {
  const set = new Set(lifted);
  if (set.size === 0) return 'keeping every UN sanction in place';
  if (set.size === RESOLUTION_NUMBERS.length) return 'lifting all eleven UN sanctions resolutions';
  if (set.size === HANOI_FIVE.length && HANOI_FIVE.every((n) => set.has(n))) return 'lifting the Hanoi five sanctions resolutions';
  const sorted = [...set].sort((a, b) => a - b);
  if (sorted.length === 1) return `lifting resolution ${sorted[0]}`;
  return `lifting resolutions ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}

function exercisePhrase(scale: number): string {
  if (scale === 0) return 'the suspended exercises';
  if (scale >= 90) return `the full-scale exercises (${scale}% of full scale)`;
  return relative(scale, STATUS_QUO.exerciseScale, 'the larger exercises (%v% of full scale)', 'the scaled-back exercises (%v% of full scale)');
}

const PHRASES: { [K in AssumptionId]: Phrase<K> } = {
  testMoratorium: (v) => ({ none: 'the absence of a test moratorium', declared: 'the declared test moratorium', codified: 'the codified test moratorium' })[v],
  fissileFreeze: (v) => ({ none: 'continued fissile production', declared: 'the declared fissile freeze', verified: 'the verified fissile freeze' })[v],
  yongbyonDismantlement: (v) => (v ? 'Yongbyon dismantlement' : 'no Yongbyon dismantlement'),
  exerciseScale: exercisePhrase,
  securityAssurances: (v) => ({ none: 'the lack of US security assurances', declaratory: 'declaratory US security assurances', formal: 'a formal peace regime' })[v],
  usfkPosture: (v) => ({ maintained: 'the maintained US force posture', reduced: 'the reduced US force posture', withdrawing: 'the US troop withdrawal' })[v],
  allianceCohesion: (v) => relative(v, STATUS_QUO.allianceCohesion, 'a more cohesive alliance (%v/100)', 'a strained alliance (%v/100)'),
  sanctionsLifted: sanctionsPhrase,
  chinaEnforcement: (v) => relative(v, STATUS_QUO.chinaEnforcement, 'stricter Chinese enforcement (%v/100)', 'laxer Chinese enforcement (%v/100)'),
  russiaSupport: (v) => relative(v, STATUS_QUO.russiaSupport, 'fuller Russian support (%v/100)', 'weaker Russian support (%v/100)'),
  usEngagement: (v) => relative(v, STATUS_QUO.usEngagement, 'warmer US engagement (%v/100)', 'a harder US line (%v/100)'),
  channel: (v) => ({ none: 'the absence of a diplomatic channel', backChannel: 'the back channel', workingLevel: 'working-level talks', leaderSummit: 'the leader-level summit track' })[v],
};

export function driverPhrase<K extends AssumptionId>(id: K, value: Assumptions[K]): string {
  return (PHRASES[id] as Phrase<K>)(value);
}
