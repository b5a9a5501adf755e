/**
 * Every coefficient of the model, in one place: its distribution (the model
 * samples each one per Monte Carlo draw, so the bands carry parameter
 * uncertainty), a one-line rationale and its sources. docs/model.md prints
 * this table; tests check that every coefficient is used and sourced.
 *
 * Conventions. Rates are monthly. Transition and event rates are log-linear:
 * rate = base × exp(Σ effect × feature). Percent assumptions enter as 0–1,
 * centred at 0.5 (so a base rate is the rate at mid-scale settings); option
 * assumptions enter as 0/1 indicators. "lognormal" coefficients are given by
 * their median and the standard deviation of their logarithm; "normal" by mean
 * and standard deviation; "share" is a normal clamped to [0, 1].
 */
import type { SourceId } from './sources';

export type Distribution = 'lognormal' | 'normal' | 'share';

export interface CoefficientDef {
  id: string;
  dist: Distribution;
  center: number;
  spread: number;
  rationale: string;
  sources: readonly SourceId[];
}

const def = <const Id extends string>(
  id: Id, dist: Distribution, center: number, spread: number, rationale: string, sources: readonly SourceId[],
) => ({ id, dist, center, spread, rationale, sources });

export const COEFFICIENTS = [
  // Where the horizon starts
  def('startCrisisLogOdds', 'normal', -2.2, 0.3, 'Log-odds of starting in crisis rather than standoff at mid-scale settings: crises (2013, 2016–17, 2022–23) fill about a fifth of the no-talks years since 2006.', ['histLaunches', 'histTests']),
  def('startCrisisExercise', 'normal', 2.0, 0.6, 'Large exercises put the peninsula on edge at the outset: launches answered the drills in 2019 and after August 2022.', ['histExercises']),
  def('startCrisisEngagement', 'normal', -1.5, 0.5, 'US engagement lowers the odds of an ongoing crisis (2018 versus 2017).', ['histAgreements', 'informalBloc']),
  def('startTalksBackChannel', 'share', 0.35, 0.08, 'With a back channel, about a third of the starting mass is in talks: quiet contact is not yet a negotiation.', ['informalBloc']),
  def('startTalksWorkingLevel', 'share', 0.85, 0.05, 'Working-level talks under way put the start mostly in talks.', ['histAgreements']),
  def('startTalksLeaderSummit', 'share', 0.9, 0.05, 'A leader-level summit track puts the start in talks.', ['histAgreements', 'inssHanoi']),
  def('startArrangementFissileVerified', 'share', 0.85, 0.05, 'Inspectors verifying a freeze can only be there under an arrangement already in force (2007–08).', ['histAgreements', 'softPowerFailed']),
  def('startArrangementFissileDeclared', 'share', 0.25, 0.08, 'A declared freeze is usually part of a deal, but can be a unilateral gesture.', ['histAgreements']),
  def('startArrangementYongbyon', 'share', 0.75, 0.08, 'Dismantlement under way implies an arrangement in force (2007 shutdown, 2008 disablement).', ['histAgreements']),
  def('startSettlementShare', 'share', 0.35, 0.1, 'Share of an arrangement in force that is already a settlement, per physical marker (Yongbyon, verified freeze).', ['histAgreements']),

  // Transitions between diplomatic states
  def('escalationBase', 'lognormal', 0.03, 0.4, 'Standoff to crisis: about one new crisis every three years without talks (2013, 2016, 2022).', ['histLaunches', 'histTests']),
  def('escalationExercise', 'normal', 1.6, 0.5, 'Full-scale drills provoke escalation; their restoration in August 2022 preceded the record year.', ['histExercises', 'softPowerFailed']),
  def('escalationEngagement', 'normal', -1.2, 0.4, 'Engagement keeps a standoff from escalating.', ['informalBloc', 'softPowerFailed']),
  def('escalationRussia', 'normal', 0.4, 0.25, 'Russian backing emboldens Pyongyang (treaty of 2024, troops to Kursk).', ['boldStep', 'histRussiaChina']),
  def('escalationAlliance', 'normal', -0.4, 0.25, 'A cohesive alliance deters escalation.', ['boldStep']),
  def('escalationMoratorium', 'normal', -0.7, 0.25, 'A moratorium in force removes the usual triggers of a crisis (nuclear and ICBM tests).', ['inssHanoi', 'histAgreements']),
  def('escalationChannel', 'normal', -0.5, 0.2, 'An active channel gives both sides a way out before a crisis.', ['inssHanoi']),
  def('deescalationBase', 'lognormal', 0.12, 0.35, 'Crisis to standoff: crises last about eight months (2013 a few months, 2017 a year, 2022–23 longer).', ['histLaunches']),
  def('deescalationEngagement', 'normal', 1.0, 0.35, 'Engagement ends crises sooner (2017 to 2018).', ['histAgreements']),
  def('deescalationExercise', 'normal', -1.0, 0.35, 'Continuing large drills prolong a crisis.', ['histExercises']),
  def('deescalationMoratorium', 'normal', 0.4, 0.2, 'A moratorium lets a crisis cool.', ['inssHanoi']),
  def('openingBase', 'lognormal', 0.02, 0.4, 'Standoff to talks: talks open about once every four years without a channel (2005, 2011, 2018).', ['histAgreements']),
  def('openingEngagement', 'normal', 2.0, 0.5, 'US openness is what opens talks (2018 courtship; analysts expect back-channel diplomacy under Trump).', ['informalBloc', 'boldStep']),
  def('openingPressure', 'normal', 0.8, 0.35, 'Sanctions that bite raise the DPRK\'s interest in talks: "Kim\'s eye is on economic sanctions".', ['kimPutin2019', 'softPowerFailed']),
  def('openingRelief', 'normal', 1.5, 0.5, 'Sanctions relief is the DPRK\'s core ask; relief on offer draws it to the table.', ['inssHanoi', 'kimPutin2019']),
  def('openingRussia', 'normal', -0.8, 0.3, 'Russian food, fuel and currency lower the DPRK\'s need to talk.', ['boldStep', 'informalBloc']),
  def('openingExercise', 'normal', -0.8, 0.3, 'Large drills make talks harder to open; their suspension was the Singapore concession.', ['histExercises', 'softPowerFailed']),
  def('openingAssurancesDeclaratory', 'normal', 0.4, 0.2, 'A no-hostile-intent pledge eases the opening of talks.', ['softPowerFailed']),
  def('openingAssurancesFormal', 'normal', 0.8, 0.3, 'A formal peace regime is the DPRK\'s stated goal; offering it opens talks.', ['softPowerFailed']),
  def('openingChannel', 'normal', 0.7, 0.3, 'An active channel (even a back channel) makes the step to formal talks easier.', ['informalBloc']),
  def('openingUsfk', 'normal', 0.3, 0.15, 'Per step of USFK reduction (reduced = 1, withdrawing = 2): a concession the DPRK has long sought.', ['softPowerFailed', 'boldStep']),
  def('crisisOpeningFactor', 'lognormal', 0.5, 0.3, 'Talks open from a crisis at half the rate they open from a standoff (2018 came after 2017).', ['histAgreements']),
  def('breakdownBase', 'lognormal', 0.06, 0.35, 'Talks to standoff: talks without a deal last about a year and a half (Six-Party rounds; Stockholm broke off the same day).', ['histAgreements', 'inssHanoi']),
  def('breakdownEngagement', 'normal', -1.5, 0.4, 'Engagement sustains talks.', ['inssHanoi']),
  def('breakdownExercise', 'normal', 0.8, 0.3, 'Drills during talks break them (launches during the August 2019 drill).', ['histExercises']),
  def('breakdownRussia', 'normal', 0.5, 0.25, 'Russian backing makes walking away cheaper.', ['boldStep']),
  def('breakdownAssurancesDeclaratory', 'normal', -0.4, 0.2, 'Declaratory assurances make talks stickier.', ['softPowerFailed']),
  def('breakdownAssurancesFormal', 'normal', -0.8, 0.3, 'A formal peace regime makes talks much stickier.', ['softPowerFailed']),
  def('breakdownSummit', 'normal', -0.3, 0.2, 'Leader-level diplomacy is a matter of national pride for the DPRK; both sides keep an interest in continuing.', ['inssHanoi']),
  def('breakdownWorkingLevel', 'normal', -0.3, 0.2, 'Working-level negotiators keep talks going between rounds.', ['histAgreements']),
  def('breakdownRelief', 'normal', -1.0, 0.4, 'Relief already granted gives the DPRK a stake in the talks.', ['inssHanoi', 'kimPutin2019']),
  def('breakdownCrisisShare', 'share', 0.2, 0.07, 'Share of breakdowns that go straight to crisis (2009 after the Six-Party Talks).', ['histAgreements']),
  def('dealBase', 'lognormal', 0.02, 0.35, 'Talks to freeze: about three interim deals in nine years of talks (1994, 2007, 2012, 2018).', ['histAgreements']),
  def('dealEngagement', 'normal', 1.0, 0.35, 'Engagement makes a deal more likely, though it alone bought no denuclearization.', ['boldStep', 'inssHanoi']),
  def('dealRelief', 'normal', 2.2, 0.6, 'Sanctions relief was the DPRK\'s ask at Hanoi; the US refusal to give it up front is why Hanoi failed.', ['inssHanoi', 'kimPutin2019', 'softPowerFailed']),
  def('dealMoratoriumDeclared', 'normal', 0.3, 0.2, 'A declared moratorium is a goodwill gesture that eases a deal.', ['inssHanoi']),
  def('dealMoratoriumCodified', 'normal', 0.9, 0.3, 'A written halt on the table is what a freeze deal is made of (Leap Day 2012, Hanoi offer).', ['histAgreements', 'inssHanoi']),
  def('dealAssurancesDeclaratory', 'normal', 0.25, 0.15, 'A no-attack pledge was part of the 2005 Joint Statement and Singapore.', ['histAgreements']),
  def('dealAssurancesFormal', 'normal', 0.7, 0.3, 'Security guarantees are among the DPRK\'s core goals.', ['softPowerFailed']),
  def('dealFissileDeclared', 'normal', 0.4, 0.2, 'A declared production halt is the freeze-for-relief deal analysts expect.', ['informalBloc', 'softPowerFailed']),
  def('dealSummit', 'normal', 0.3, 0.2, 'Top-down diplomacy produces announced agreements (Singapore), if vague ones.', ['inssHanoi', 'boldStep']),
  def('dealWorkingLevel', 'normal', 0.2, 0.15, 'Working-level talks produced the 2007 and 2012 deals.', ['histAgreements']),
  def('dealExercise', 'normal', -0.5, 0.25, 'Suspended drills are the US side of freeze-for-freeze.', ['softPowerFailed', 'inssHanoi']),
  def('dealRussia', 'normal', -0.8, 0.3, 'Russian backing strengthens Kim\'s hand and lowers his need for a deal.', ['boldStep', 'informalBloc']),
  def('dealPressure', 'normal', 0.5, 0.3, 'Biting sanctions make a deal worth more to the DPRK.', ['kimPutin2019']),
  def('dealUsfk', 'normal', 0.2, 0.12, 'Per step of USFK reduction: a concession that buys goodwill.', ['softPowerFailed', 'boldStep']),
  def('collapseBase', 'lognormal', 0.05, 0.35, 'Freeze to standoff: interim deals lasted from 44 days (Leap Day) to eight years (Agreed Framework), typically one to two years.', ['histAgreements', 'softPowerFailed']),
  def('collapseMoratoriumCodified', 'normal', -0.6, 0.25, 'A written halt is costlier to break than a declared one.', ['histAgreements']),
  def('collapseFissileVerified', 'normal', -0.8, 0.3, 'Inspectors on site bind both sides; the 2008 verification dispute shows it is not enough.', ['histAgreements']),
  def('collapseYongbyon', 'normal', -0.6, 0.25, 'Physical dismantlement is hard to reverse.', ['histAgreements']),
  def('collapseRelief', 'normal', -1.0, 0.4, 'Relief delivered keeps the DPRK in; delayed fuel oil helped break the 2005 and 2007 deals.', ['softPowerFailed', 'histAgreements']),
  def('collapseAssurancesDeclaratory', 'normal', -0.3, 0.15, 'Declaratory assurances steady a freeze.', ['softPowerFailed']),
  def('collapseAssurancesFormal', 'normal', -0.8, 0.3, 'A peace regime removes the DPRK\'s main reason to resume.', ['softPowerFailed']),
  def('collapseExercise', 'normal', 0.8, 0.3, 'Resumed drills break freezes.', ['histExercises']),
  def('collapseEngagement', 'normal', -0.8, 0.3, 'A hostile US turn ended the Agreed Framework (2002).', ['softPowerFailed']),
  def('collapseRussia', 'normal', 0.4, 0.2, 'An outside backer lowers the cost of walking out.', ['boldStep']),
  def('collapseCrisisShare', 'share', 0.2, 0.07, 'Share of collapses that go straight to crisis (tests followed the 2006 and 2009 collapses).', ['histAgreements', 'histTests']),
  def('advanceBase', 'lognormal', 0.008, 0.45, 'Freeze to settlement: reached only briefly (2007–08 disablement).', ['histAgreements']),
  def('advanceYongbyon', 'normal', 1.5, 0.4, 'Dismantlement under way is the start of a roadmap.', ['histAgreements', 'inssHanoi']),
  def('advanceFissileVerified', 'normal', 1.2, 0.35, 'A verified halt of fissile production is the concrete reciprocal step the Persian paper calls for.', ['softPowerFailed']),
  def('advanceAssurancesFormal', 'normal', 0.8, 0.3, 'A peace regime answers the DPRK\'s definition of denuclearization.', ['softPowerFailed', 'inssHanoi']),
  def('advanceRelief', 'normal', 0.8, 0.3, 'Relief in return for steps is the reciprocal roadmap.', ['softPowerFailed']),
  def('advanceEngagement', 'normal', 0.8, 0.3, 'Sustained engagement carries a freeze forward.', ['informalBloc']),
  def('stallBase', 'lognormal', 0.04, 0.35, 'Settlement back to freeze: verification disputes stalled 2008.', ['histAgreements']),
  def('stallAssurancesFormal', 'normal', -0.6, 0.25, 'A peace regime keeps a roadmap moving.', ['softPowerFailed']),
  def('stallRelief', 'normal', -0.6, 0.25, 'Relief delivered keeps a roadmap moving.', ['softPowerFailed']),
  def('stallExercise', 'normal', 0.5, 0.2, 'Drills stall implementation.', ['histExercises']),
  def('unravelBase', 'lognormal', 0.01, 0.4, 'Settlement straight to standoff: the 2009 unravelling.', ['histAgreements']),
  def('unravelExercise', 'normal', 0.8, 0.3, 'Drills unravel a settlement.', ['histExercises']),
  def('unravelEngagement', 'normal', -0.8, 0.3, 'Engagement holds a settlement.', ['softPowerFailed']),

  // Activity by state: tests, ICBM flights and launches scale with it
  def('activityStandoff', 'lognormal', 0.25, 0.3, 'Provocation in a standoff relative to a crisis: launch days ran ~6–11 a year in 2024–26 against 16–34 in 2022–23.', ['histLaunches']),
  def('activityTalks', 'lognormal', 0.18, 0.35, 'Relative provocation during talks: 2018 had no launch, 2019 had 27 short-range ones between summits.', ['histLaunches']),
  def('activityFreeze', 'lognormal', 0.03, 0.4, 'Relative provocation under a freeze: 2018 had no launch.', ['histLaunches', 'histAgreements']),
  def('activitySettlement', 'lognormal', 0.01, 0.5, 'Relative provocation under a settlement.', ['histAgreements']),

  // Nuclear test hazard
  def('testBase', 'lognormal', 0.06, 0.4, 'Monthly test rate in a crisis before any test: six tests 2006–17, mostly in crises.', ['histTests']),
  def('testMaturity', 'normal', 0.28, 0.07, 'Per test already conducted, the need to test falls: none in nine years after the sixth, declared the "completion" of the force; forecasters put a seventh test before May 2026 at 5–6%.', ['histTests', 'histForecasts']),
  def('testExercise', 'normal', 0.6, 0.3, 'Tests came in years of full-scale drills.', ['histExercises', 'histTests']),
  def('testRussia', 'normal', 0.4, 0.25, 'Russian veto cover lowers the cost of testing (Panel of Experts ended 2024).', ['histResolutions', 'informalBloc']),
  def('testChina', 'normal', -0.4, 0.25, 'China\'s opposition to a test weighs more when it enforces sanctions.', ['histRussiaChina']),
  def('moratoriumDeclaredFactor', 'lognormal', 0.3, 0.35, 'A declared moratorium held twenty months (2018–19) and the Berlin moratorium seven years, but it is "the stick Kim can strike with at any time".', ['inssHanoi', 'histAgreements']),
  def('moratoriumCodifiedFactor', 'lognormal', 0.15, 0.4, 'A written halt costs its concessions if broken; yet the Leap Day deal broke in 44 days.', ['histAgreements', 'softPowerFailed']),

  // ICBM hazard
  def('icbmBase', 'lognormal', 0.1, 0.4, 'Monthly ICBM rate in a crisis: 3 in 2017, 5 in 2022 and 2023; none in 2025–26 under a standoff.', ['histLaunches']),
  def('icbmExercise', 'normal', 1.2, 0.4, 'ICBM flights cluster in years of full-scale drills (2017, 2022–24); none in 2018–21 or 2025–26 with reduced drills.', ['histLaunches', 'histExercises']),
  def('icbmRussia', 'normal', 0.4, 0.25, 'Russian military technology and cover.', ['boldStep', 'informalBloc']),
  def('icbmAlliance', 'normal', 0.3, 0.2, 'Trilateral deterrence demonstrations draw ICBM replies (2023).', ['histLaunches']),
  def('icbmEngagement', 'normal', -0.6, 0.3, 'Engagement restrains long-range launches.', ['histAgreements']),

  // Missile launches (CNS count of missiles)
  def('launchBase', 'lognormal', 3.5, 0.35, 'Missiles a month in a crisis with today\'s force: 69 in 2022, the record year, about 30 in 2023.', ['histLaunches']),
  def('launchCapacityFloor', 'share', 0.15, 0.05, 'Launch capacity of a force with no warheads, relative to today\'s ~50 (2005–06 had one salvo a year).', ['histLaunches', 'histArsenal']),
  def('launchExercise', 'normal', 0.6, 0.25, 'Launches answer drills (May and August 2019, 2022).', ['histExercises', 'histLaunches']),
  def('launchRussia', 'normal', 0.3, 0.2, 'Russian technology and supplies.', ['boldStep']),
  def('launchAlliance', 'normal', 0.2, 0.15, 'Trilateral drills draw launches.', ['histLaunches']),
  def('launchEngagement', 'normal', -0.5, 0.25, 'Engagement restrains launches.', ['histLaunches']),

  // Verified denuclearization step hazard
  def('stepTalks', 'lognormal', 0.002, 0.5, 'A verified step during talks without an arrangement is rare.', ['histAgreements']),
  def('stepFreeze', 'lognormal', 0.04, 0.4, 'Under a freeze: the 2007 shutdown came five months after the deal; 2012 and 2018 brought none.', ['histAgreements']),
  def('stepSettlement', 'lognormal', 0.25, 0.35, 'Under a settlement, verified steps come every few months (2007–08).', ['histAgreements']),
  def('stepYongbyon', 'normal', 1.5, 0.4, 'Dismantlement under way is itself a source of verifiable steps.', ['histAgreements', 'inssHanoi']),
  def('stepFissileVerified', 'normal', 1.0, 0.3, 'Inspectors on site can verify steps.', ['softPowerFailed']),
  def('stepAssurancesFormal', 'normal', 0.4, 0.2, 'A peace regime is what the DPRK asks before real steps.', ['softPowerFailed']),
  def('stepRelief', 'normal', 0.4, 0.2, 'Relief in return for steps.', ['softPowerFailed']),

  // Tension index (points on 0–100)
  def('tensionCrisis', 'normal', 82, 4, 'Crisis level (2017, 2022–23).', ['histLaunches', 'histTests']),
  def('tensionStandoff', 'normal', 55, 4, 'Standoff level (2024–26).', ['histLaunches']),
  def('tensionTalks', 'normal', 42, 4, 'Talks level (2019).', ['histAgreements']),
  def('tensionFreeze', 'normal', 28, 4, 'Freeze level (2018).', ['histAgreements']),
  def('tensionSettlement', 'normal', 15, 4, 'Settlement level.', ['histAgreements']),
  def('tensionExercise', 'normal', 12, 4, 'Points from exercises, full scale against none.', ['histExercises']),
  def('tensionEngagement', 'normal', -8, 3, 'Points from engagement, courtship against maximum pressure.', ['informalBloc']),
  def('tensionRussia', 'normal', 6, 3, 'Points from Russian backing (a treaty ally behind Pyongyang).', ['informalBloc', 'histRussiaChina']),
  def('tensionUsfk', 'normal', -2, 1.5, 'Points per step of USFK reduction.', ['softPowerFailed']),

  // Arsenal
  def('productionBase', 'lognormal', 0.4, 0.25, 'Warheads a month at mid-scale pressure: SIPRI 30–40 (2020) to ~50 (2024–25), with fissile material for ~40 more.', ['histArsenal', 'boldStep']),
  def('productionFreezeState', 'share', 0.9, 0.05, 'A test freeze barely slows production unless fissile production is frozen too (the arsenal grew through 2018–19).', ['histArsenal']),
  def('productionSettlementState', 'share', 0.3, 0.1, 'A settlement disables much of the production chain.', ['histAgreements']),
  def('productionFissileDeclared', 'share', 0.6, 0.12, 'A declared halt, unverified, slows production.', ['softPowerFailed']),
  def('productionFissileVerified', 'share', 0.12, 0.06, 'A verified halt nearly stops it; assembly from stock continues.', ['softPowerFailed', 'histArsenal']),
  def('productionYongbyon', 'share', 0.75, 0.08, 'Yongbyon is one production site of several: an enrichment site lies outside it.', ['inssHanoi']),
  def('productionPressure', 'normal', -1.0, 0.4, 'Sanctions pressure constrains resources for the programme; relief frees them.', ['histResolutions', 'kimPutin2019']),
  def('productionRussia', 'normal', 0.3, 0.2, 'Russian currency and technology feed the programme.', ['boldStep']),

  // Sanctions pressure
  def('russiaSanctionsOffset', 'share', 0.6, 0.12, 'Share of sanctions bite that full Russian support offsets (food, fuel, hard currency; Panel of Experts vetoed).', ['boldStep', 'histResolutions', 'kimPutin2019']),
] as const;

export type CoefficientId = (typeof COEFFICIENTS)[number]['id'];

/** Column of each coefficient in a sampled parameter row. */
export const K = Object.fromEntries(COEFFICIENTS.map((c, i) => [c.id, i])) as Record<CoefficientId, number>;
export const COEFFICIENT_COUNT = COEFFICIENTS.length;
