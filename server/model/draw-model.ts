/**
 * One Monte Carlo draw's model: from the features and one row of sampled
 * coefficients, the starting state distribution, the monthly transition
 * matrix and the per-state event rates. Written into a flat array (layout
 * below) so the kernel's hot loop reads plain numbers.
 *
 * States: 0 crisis, 1 standoff, 2 talks, 3 freeze, 4 settlement.
 * Allowed moves: crisis ↔ standoff, crisis/standoff → talks, talks → standoff,
 * crisis or freeze; freeze → standoff, crisis or settlement; settlement →
 * freeze or standoff. Each state's exits compete: with exit rates r_j summing
 * to R, P(stay) = e^-R and P(j) = (1 - e^-R) r_j / R, so rows always sum to 1.
 */
import { K } from './coefficients';
import type { Features } from './features';

/** Slots of the flat per-draw model. */
export const M = {
  start: 0, // 5 slots: starting share of each state
  Pcc: 5, Pcs: 6, Pct: 7,
  Psc: 8, Pss: 9, Pst: 10,
  Ptc: 11, Pts: 12, Ptt: 13, Ptf: 14,
  Pfc: 15, Pfs: 16, Pff: 17, Pfx: 18,
  Pxs: 19, Pxf: 20, Pxx: 21,
  noTest: 22, // 5 slots: P(no nuclear test in a month) by state
  noIcbm: 27, // 5 slots
  noStep: 32, // 5 slots
  launches: 37, // 5 slots: expected missiles a month by state
  tension: 42, // 5 slots: tension index by state
  production: 47, // 5 slots: warheads a month by state
  size: 52,
} as const;

// Column indices as module constants: V8 folds these into the hot code, where
// property loads from K cost ~40% of the per-draw setup (measured).
const {
  activityFreeze,
  activitySettlement,
  activityStandoff,
  activityTalks,
  advanceAssurancesFormal,
  advanceBase,
  advanceEngagement,
  advanceFissileVerified,
  advanceRelief,
  advanceYongbyon,
  breakdownAssurancesDeclaratory,
  breakdownAssurancesFormal,
  breakdownBase,
  breakdownCrisisShare,
  breakdownEngagement,
  breakdownExercise,
  breakdownRelief,
  breakdownRussia,
  breakdownSummit,
  breakdownWorkingLevel,
  collapseAssurancesDeclaratory,
  collapseAssurancesFormal,
  collapseBase,
  collapseCrisisShare,
  collapseEngagement,
  collapseExercise,
  collapseFissileVerified,
  collapseMoratoriumCodified,
  collapseRelief,
  collapseRussia,
  collapseYongbyon,
  crisisOpeningFactor,
  dealAssurancesDeclaratory,
  dealAssurancesFormal,
  dealBase,
  dealEngagement,
  dealExercise,
  dealFissileDeclared,
  dealMoratoriumCodified,
  dealMoratoriumDeclared,
  dealPressure,
  dealRelief,
  dealRussia,
  dealSummit,
  dealUsfk,
  dealWorkingLevel,
  deescalationBase,
  deescalationEngagement,
  deescalationExercise,
  deescalationMoratorium,
  escalationAlliance,
  escalationBase,
  escalationChannel,
  escalationEngagement,
  escalationExercise,
  escalationMoratorium,
  escalationRussia,
  icbmAlliance,
  icbmBase,
  icbmEngagement,
  icbmExercise,
  icbmRussia,
  launchAlliance,
  launchBase,
  launchCapacityFloor,
  launchEngagement,
  launchExercise,
  launchRussia,
  moratoriumCodifiedFactor,
  moratoriumDeclaredFactor,
  openingAssurancesDeclaratory,
  openingAssurancesFormal,
  openingBase,
  openingChannel,
  openingEngagement,
  openingExercise,
  openingPressure,
  openingRelief,
  openingRussia,
  openingUsfk,
  productionBase,
  productionFissileDeclared,
  productionFissileVerified,
  productionFreezeState,
  productionPressure,
  productionRussia,
  productionSettlementState,
  productionYongbyon,
  russiaSanctionsOffset,
  stallAssurancesFormal,
  stallBase,
  stallExercise,
  stallRelief,
  startArrangementFissileDeclared,
  startArrangementFissileVerified,
  startArrangementYongbyon,
  startCrisisEngagement,
  startCrisisExercise,
  startCrisisLogOdds,
  startSettlementShare,
  startTalksBackChannel,
  startTalksLeaderSummit,
  startTalksWorkingLevel,
  stepAssurancesFormal,
  stepFissileVerified,
  stepFreeze,
  stepRelief,
  stepSettlement,
  stepTalks,
  stepYongbyon,
  tensionCrisis,
  tensionEngagement,
  tensionExercise,
  tensionFreeze,
  tensionRussia,
  tensionSettlement,
  tensionStandoff,
  tensionTalks,
  tensionUsfk,
  testBase,
  testChina,
  testExercise,
  testMaturity,
  testRussia,
  unravelBase,
  unravelEngagement,
  unravelExercise,
} = K;

/** Sanctions pressure at mid-scale Chinese enforcement and Russian support, no relief. */
const REFERENCE_PRESSURE = 0.35;
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Fill `out` (length M.size) from features `f` and one draw's coefficients `c` (indexed by K). */
export function buildDrawModel(f: Features, c: Float64Array, out: Float64Array): void {
  const moratorium = f.moratoriumDeclared + f.moratoriumCodified;
  const channel = f.channelBack + f.channelWorking + f.channelSummit;
  const pressure = (1 - f.relief) * f.chinaShare * (1 - c[russiaSanctionsOffset]! * f.russiaShare) - REFERENCE_PRESSURE;

  // Starting distribution: arrangements in force, then talks, then crisis versus standoff.
  const inForce = 1 - (1 - c[startArrangementFissileVerified]! * f.fissileVerified - c[startArrangementFissileDeclared]! * f.fissileDeclared)
    * (1 - c[startArrangementYongbyon]! * f.yongbyon);
  const settled = inForce * Math.min(1, c[startSettlementShare]! * (f.yongbyon + f.fissileVerified));
  const talksShare = f.channelBack * c[startTalksBackChannel]! + f.channelWorking * c[startTalksWorkingLevel]!
    + f.channelSummit * c[startTalksLeaderSummit]!;
  const crisisShare = logistic(c[startCrisisLogOdds]! + c[startCrisisExercise]! * f.exercise + c[startCrisisEngagement]! * f.engagement);
  const open = (1 - inForce) * (1 - talksShare);
  out[M.start] = open * crisisShare;
  out[M.start + 1] = open * (1 - crisisShare);
  out[M.start + 2] = (1 - inForce) * talksShare;
  out[M.start + 3] = inForce - settled;
  out[M.start + 4] = settled;

  // Exit rates of each state.
  const escalation = c[escalationBase]! * Math.exp(c[escalationExercise]! * f.exercise + c[escalationEngagement]! * f.engagement
    + c[escalationRussia]! * f.russia + c[escalationAlliance]! * f.alliance + c[escalationMoratorium]! * moratorium
    + c[escalationChannel]! * channel);
  const deescalation = c[deescalationBase]! * Math.exp(c[deescalationEngagement]! * f.engagement
    + c[deescalationExercise]! * f.exercise + c[deescalationMoratorium]! * moratorium);
  const opening = c[openingBase]! * Math.exp(c[openingEngagement]! * f.engagement + c[openingPressure]! * pressure
    + c[openingRelief]! * f.relief + c[openingRussia]! * f.russia + c[openingExercise]! * f.exercise
    + c[openingAssurancesDeclaratory]! * f.assurancesDeclaratory + c[openingAssurancesFormal]! * f.assurancesFormal
    + c[openingChannel]! * channel + c[openingUsfk]! * f.usfkSteps);
  const breakdown = c[breakdownBase]! * Math.exp(c[breakdownEngagement]! * f.engagement + c[breakdownExercise]! * f.exercise
    + c[breakdownRussia]! * f.russia + c[breakdownAssurancesDeclaratory]! * f.assurancesDeclaratory
    + c[breakdownAssurancesFormal]! * f.assurancesFormal + c[breakdownSummit]! * f.channelSummit
    + c[breakdownWorkingLevel]! * f.channelWorking + c[breakdownRelief]! * f.relief);
  const deal = c[dealBase]! * Math.exp(c[dealEngagement]! * f.engagement + c[dealRelief]! * f.relief
    + c[dealMoratoriumDeclared]! * f.moratoriumDeclared + c[dealMoratoriumCodified]! * f.moratoriumCodified
    + c[dealAssurancesDeclaratory]! * f.assurancesDeclaratory + c[dealAssurancesFormal]! * f.assurancesFormal
    + c[dealFissileDeclared]! * f.fissileDeclared + c[dealSummit]! * f.channelSummit + c[dealWorkingLevel]! * f.channelWorking
    + c[dealExercise]! * f.exercise + c[dealRussia]! * f.russia + c[dealPressure]! * pressure + c[dealUsfk]! * f.usfkSteps);
  const collapse = c[collapseBase]! * Math.exp(c[collapseMoratoriumCodified]! * f.moratoriumCodified
    + c[collapseFissileVerified]! * f.fissileVerified + c[collapseYongbyon]! * f.yongbyon + c[collapseRelief]! * f.relief
    + c[collapseAssurancesDeclaratory]! * f.assurancesDeclaratory + c[collapseAssurancesFormal]! * f.assurancesFormal
    + c[collapseExercise]! * f.exercise + c[collapseEngagement]! * f.engagement + c[collapseRussia]! * f.russia);
  const advance = c[advanceBase]! * Math.exp(c[advanceYongbyon]! * f.yongbyon + c[advanceFissileVerified]! * f.fissileVerified
    + c[advanceAssurancesFormal]! * f.assurancesFormal + c[advanceRelief]! * f.relief + c[advanceEngagement]! * f.engagement);
  const stall = c[stallBase]! * Math.exp(c[stallAssurancesFormal]! * f.assurancesFormal + c[stallRelief]! * f.relief
    + c[stallExercise]! * f.exercise);
  const unravel = c[unravelBase]! * Math.exp(c[unravelExercise]! * f.exercise + c[unravelEngagement]! * f.engagement);

  const breakdownToCrisis = c[breakdownCrisisShare]!;
  const collapseToCrisis = c[collapseCrisisShare]!;
  exits2(out, M.Pcc, M.Pcs, deescalation, M.Pct, opening * c[crisisOpeningFactor]!);
  exits2(out, M.Pss, M.Psc, escalation, M.Pst, opening);
  exits3(out, M.Ptt, M.Pts, breakdown * (1 - breakdownToCrisis), M.Ptc, breakdown * breakdownToCrisis, M.Ptf, deal);
  exits3(out, M.Pff, M.Pfs, collapse * (1 - collapseToCrisis), M.Pfc, collapse * collapseToCrisis, M.Pfx, advance);
  exits2(out, M.Pxx, M.Pxf, stall, M.Pxs, unravel);

  // Event rates by state: a common provocation profile scaled per event.
  const moratoriumFactor = f.moratoriumCodified ? c[moratoriumCodifiedFactor]! : f.moratoriumDeclared ? c[moratoriumDeclaredFactor]! : 1;
  const testRate = c[testBase]! * moratoriumFactor * Math.exp(-c[testMaturity]! * f.testsToDate + c[testExercise]! * f.exercise
    + c[testRussia]! * f.russia + c[testChina]! * (f.chinaShare - 0.5));
  const icbmRate = f.icbmCapable * c[icbmBase]! * moratoriumFactor * Math.exp(c[icbmExercise]! * f.exercise
    + c[icbmRussia]! * f.russia + c[icbmAlliance]! * f.alliance + c[icbmEngagement]! * f.engagement);
  const floor = c[launchCapacityFloor]!;
  const capacity = floor + (1 - floor) * Math.min(f.warheads, 100) / 50;
  const launchRate = c[launchBase]! * capacity * Math.exp(c[launchExercise]! * f.exercise + c[launchRussia]! * f.russia
    + c[launchAlliance]! * f.alliance + c[launchEngagement]! * f.engagement);
  const stepLift = Math.exp(c[stepYongbyon]! * f.yongbyon + c[stepFissileVerified]! * f.fissileVerified
    + c[stepAssurancesFormal]! * f.assurancesFormal + c[stepRelief]! * f.relief);
  const tensionShift = c[tensionExercise]! * f.exercise + c[tensionEngagement]! * f.engagement
    + c[tensionRussia]! * f.russia + c[tensionUsfk]! * f.usfkSteps;
  const production = c[productionBase]!
    * Math.exp(c[productionPressure]! * pressure + c[productionRussia]! * f.russia)
    * (f.fissileVerified ? c[productionFissileVerified]! : f.fissileDeclared ? c[productionFissileDeclared]! : 1)
    * (f.yongbyon ? c[productionYongbyon]! : 1);

  eventSlots(out, 0, 1, testRate, icbmRate, 0, launchRate, c[tensionCrisis]! + tensionShift, production);
  eventSlots(out, 1, c[activityStandoff]!, testRate, icbmRate, 0, launchRate, c[tensionStandoff]! + tensionShift, production);
  eventSlots(out, 2, c[activityTalks]!, testRate, icbmRate, c[stepTalks]! * stepLift, launchRate, c[tensionTalks]! + tensionShift, production);
  eventSlots(out, 3, c[activityFreeze]!, testRate, icbmRate, c[stepFreeze]! * stepLift, launchRate,
    c[tensionFreeze]! + tensionShift, production * c[productionFreezeState]!);
  eventSlots(out, 4, c[activitySettlement]!, testRate, icbmRate, c[stepSettlement]! * stepLift, launchRate,
    c[tensionSettlement]! + tensionShift, production * c[productionSettlementState]!);
}

/** One state's event slots; tests, ICBM flights and launches scale with the state's provocation activity. */
function eventSlots(
  out: Float64Array, s: number, activity: number, testRate: number, icbmRate: number, stepRate: number,
  launchRate: number, tension: number, production: number,
): void {
  out[M.noTest + s] = Math.exp(-testRate * activity);
  out[M.noIcbm + s] = Math.exp(-icbmRate * activity);
  out[M.noStep + s] = Math.exp(-stepRate);
  out[M.launches + s] = launchRate * activity;
  out[M.tension + s] = Math.min(100, Math.max(0, tension));
  out[M.production + s] = production;
}

// Competing exits from one state: each exit's probability and the stay probability.
// Two fixed-arity versions rather than one variadic: this runs once per draw.
function exits2(out: Float64Array, stay: number, s1: number, r1: number, s2: number, r2: number): void {
  const total = r1 + r2;
  const p = Math.exp(-total);
  out[stay] = p;
  out[s1] = total > 0 ? ((1 - p) * r1) / total : 0;
  out[s2] = total > 0 ? ((1 - p) * r2) / total : 0;
}

function exits3(out: Float64Array, stay: number, s1: number, r1: number, s2: number, r2: number, s3: number, r3: number): void {
  const total = r1 + r2 + r3;
  const p = Math.exp(-total);
  out[stay] = p;
  out[s1] = total > 0 ? ((1 - p) * r1) / total : 0;
  out[s2] = total > 0 ? ((1 - p) * r2) / total : 0;
  out[s3] = total > 0 ? ((1 - p) * r3) / total : 0;
}
