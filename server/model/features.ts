/**
 * Turns a user's assumptions into the numbers the model's equations use.
 * Percent assumptions become 0–1 and are centred at mid-scale (0.5), so base
 * rates read as "the rate at mid-scale settings"; options become indicators.
 */
import type { Assumptions } from './assumptions';
import type { ModelContext } from './context';
import { liftedBite } from './resolutions';

export interface Features {
  exercise: number;
  engagement: number;
  russia: number;
  /** Raw 0–1 shares, needed for sanctions pressure. */
  russiaShare: number;
  chinaShare: number;
  alliance: number;
  relief: number;
  moratoriumDeclared: number;
  moratoriumCodified: number;
  channelBack: number;
  channelWorking: number;
  channelSummit: number;
  assurancesDeclaratory: number;
  assurancesFormal: number;
  yongbyon: number;
  fissileDeclared: number;
  fissileVerified: number;
  /** 0 maintained, 1 reduced, 2 withdrawing. */
  usfkSteps: number;
  icbmCapable: number;
  testsToDate: number;
  warheads: number;
}

const centred = (percent: number) => percent / 100 - 0.5;
const flag = (condition: boolean) => (condition ? 1 : 0);

export function toFeatures(a: Assumptions, context: ModelContext): Features {
  return {
    exercise: centred(a.exerciseScale),
    engagement: centred(a.usEngagement),
    russia: centred(a.russiaSupport),
    russiaShare: a.russiaSupport / 100,
    chinaShare: a.chinaEnforcement / 100,
    alliance: centred(a.allianceCohesion),
    relief: liftedBite(a.sanctionsLifted),
    moratoriumDeclared: flag(a.testMoratorium === 'declared'),
    moratoriumCodified: flag(a.testMoratorium === 'codified'),
    channelBack: flag(a.channel === 'backChannel'),
    channelWorking: flag(a.channel === 'workingLevel'),
    channelSummit: flag(a.channel === 'leaderSummit'),
    assurancesDeclaratory: flag(a.securityAssurances === 'declaratory'),
    assurancesFormal: flag(a.securityAssurances === 'formal'),
    yongbyon: flag(a.yongbyonDismantlement),
    fissileDeclared: flag(a.fissileFreeze === 'declared'),
    fissileVerified: flag(a.fissileFreeze === 'verified'),
    usfkSteps: a.usfkPosture === 'maintained' ? 0 : a.usfkPosture === 'reduced' ? 1 : 2,
    icbmCapable: flag(context.icbmCapable),
    testsToDate: context.nuclearTestsToDate,
    warheads: context.warheadsEstimate,
  };
}
