/**
 * The hot loop: for each Monte Carlo draw, propagate the state distribution
 * month by month and, alongside it, one "no event yet" vector per event, so
 * every probability is exact within a draw (no sampled event paths). Outlooks
 * are therefore smooth in the assumptions and identical for identical inputs.
 *
 * The 5-state arithmetic is written out by hand on local variables: this loop
 * runs draws × months times (100,000+) per forecast, and the unrolled form is
 * several times faster in V8 than generic matrix code.
 */
import type { Features } from './features';
import { buildDrawModel, M } from './draw-model';
import { OUTLOOK_IDS, type OutlookId } from './outlooks';
import type { ParameterDraws } from './parameters';

/** Slot of missile launches in a month's sums (the sums follow OUTLOOK_IDS' order). */
export const LAUNCHES_SLOT = OUTLOOK_IDS.indexOf('missileLaunches');

/**
 * What a recorded run keeps. Monthly means of every outlook are summed in the
 * loop (cheap, cache-hot); per-draw monthly paths are stored only for tension
 * and the arsenal, whose charts draw monthly bands; per-draw horizon values of
 * every outlook feed the exact horizon quantiles.
 */
export interface Recording {
  /** Sum over draws of each outlook at each month: [(t-1)*7 + k], k in OUTLOOK_IDS order. */
  monthSums: Float64Array;
  /** Draw-major (sequential writes): draw d, month t at [d*horizon + t-1]. */
  tension: Float64Array;
  arsenal: Float64Array;
  /** Each outlook's value at the horizon (tension: its average over the horizon), one per draw. */
  atHorizon: Record<OutlookId, Float64Array>;
  /** Sum over draws of each state's share, months 0..H: [t*5 + s]. */
  stateSums: Float64Array;
}

/** Means over draws of each outlook at the horizon. */
export interface HorizonMeans {
  nuclearTest: number;
  icbmLaunch: number;
  interimDeal: number;
  denuclearizationStep: number;
  missileLaunches: number;
  tensionIndex: number;
  arsenal: number;
}

export function createRecording(draws: number, horizon: number): Recording {
  const perDraw = () => new Float64Array(draws);
  return {
    monthSums: new Float64Array(horizon * OUTLOOK_IDS.length),
    tension: new Float64Array(draws * horizon),
    arsenal: new Float64Array(draws * horizon),
    atHorizon: {
      nuclearTest: perDraw(), icbmLaunch: perDraw(), interimDeal: perDraw(), denuclearizationStep: perDraw(),
      missileLaunches: perDraw(), tensionIndex: perDraw(), arsenal: perDraw(),
    },
    stateSums: new Float64Array((horizon + 1) * 5),
  };
}

/** Clear the sums before reusing a recording (per-draw arrays are overwritten). */
export function resetRecording(rec: Recording): void {
  rec.monthSums.fill(0);
  rec.stateSums.fill(0);
}

const scratch = new Float64Array(M.size);

/**
 * Run `draws` draws (a prefix of `params`) for `horizon` months. With a
 * recording, every month of every draw is stored; without, only means.
 */
export function simulate(
  f: Features, params: ParameterDraws, draws: number, horizon: number, warheadsAtStart: number, rec: Recording | null,
): HorizonMeans {
  const m = scratch;
  let sumTest = 0, sumIcbm = 0, sumDeal = 0, sumStep = 0, sumLaunch = 0, sumTension = 0, sumArsenal = 0;
  for (let d = 0; d < draws; d++) {
    buildDrawModel(f, params.rows[d]!, m);
    const Pcc = m[M.Pcc]!, Pcs = m[M.Pcs]!, Pct = m[M.Pct]!, Psc = m[M.Psc]!, Pss = m[M.Pss]!, Pst = m[M.Pst]!;
    const Ptc = m[M.Ptc]!, Pts = m[M.Pts]!, Ptt = m[M.Ptt]!, Ptf = m[M.Ptf]!;
    const Pfc = m[M.Pfc]!, Pfs = m[M.Pfs]!, Pff = m[M.Pff]!, Pfx = m[M.Pfx]!, Pxs = m[M.Pxs]!, Pxf = m[M.Pxf]!, Pxx = m[M.Pxx]!;
    const nt0 = m[M.noTest]!, nt1 = m[M.noTest + 1]!, nt2 = m[M.noTest + 2]!, nt3 = m[M.noTest + 3]!, nt4 = m[M.noTest + 4]!;
    const ni0 = m[M.noIcbm]!, ni1 = m[M.noIcbm + 1]!, ni2 = m[M.noIcbm + 2]!, ni3 = m[M.noIcbm + 3]!, ni4 = m[M.noIcbm + 4]!;
    const ns2 = m[M.noStep + 2]!, ns3 = m[M.noStep + 3]!, ns4 = m[M.noStep + 4]!;
    const l0 = m[M.launches]!, l1 = m[M.launches + 1]!, l2 = m[M.launches + 2]!, l3 = m[M.launches + 3]!, l4 = m[M.launches + 4]!;
    const k0 = m[M.tension]!, k1 = m[M.tension + 1]!, k2 = m[M.tension + 2]!, k3 = m[M.tension + 3]!, k4 = m[M.tension + 4]!;
    const w0 = m[M.production]!, w1 = m[M.production + 1]!, w2 = m[M.production + 2]!, w3 = m[M.production + 3]!, w4 = m[M.production + 4]!;

    // State distribution (p*), and the share of it with no test (t*), no ICBM (i*),
    // no verified step (v*) and no new deal (n*) so far.
    let p0 = m[M.start]!, p1 = m[M.start + 1]!, p2 = m[M.start + 2]!, p3 = m[M.start + 3]!, p4 = m[M.start + 4]!;
    let t0 = p0, t1 = p1, t2 = p2, t3 = p3, t4 = p4;
    let i0 = p0, i1 = p1, i2 = p2, i3 = p3, i4 = p4;
    let v0 = p0, v1 = p1, v2 = p2, v3 = p3, v4 = p4;
    let n0 = p0, n1 = p1, n2 = p2, n3 = p3, n4 = p4;
    let launches = 0, warheads = warheadsAtStart, tensionTotal = 0, tension = 0;
    if (rec) addStates(rec.stateSums, 0, p0, p1, p2, p3, p4);

    for (let t = 1; t <= horizon; t++) {
      // What happens during month t depends on the state at its start.
      launches += p0 * l0 + p1 * l1 + p2 * l2 + p3 * l3 + p4 * l4;
      warheads += p0 * w0 + p1 * w1 + p2 * w2 + p3 * w3 + p4 * w4;
      tension = p0 * k0 + p1 * k1 + p2 * k2 + p3 * k3 + p4 * k4;
      tensionTotal += tension;

      let a0 = t0 * nt0, a1 = t1 * nt1, a2 = t2 * nt2, a3 = t3 * nt3, a4 = t4 * nt4;
      t0 = a0 * Pcc + a1 * Psc + a2 * Ptc + a3 * Pfc;
      t1 = a0 * Pcs + a1 * Pss + a2 * Pts + a3 * Pfs + a4 * Pxs;
      t2 = a0 * Pct + a1 * Pst + a2 * Ptt;
      t3 = a2 * Ptf + a3 * Pff + a4 * Pxf;
      t4 = a3 * Pfx + a4 * Pxx;

      a0 = i0 * ni0; a1 = i1 * ni1; a2 = i2 * ni2; a3 = i3 * ni3; a4 = i4 * ni4;
      i0 = a0 * Pcc + a1 * Psc + a2 * Ptc + a3 * Pfc;
      i1 = a0 * Pcs + a1 * Pss + a2 * Pts + a3 * Pfs + a4 * Pxs;
      i2 = a0 * Pct + a1 * Pst + a2 * Ptt;
      i3 = a2 * Ptf + a3 * Pff + a4 * Pxf;
      i4 = a3 * Pfx + a4 * Pxx;

      a0 = v0; a1 = v1; a2 = v2 * ns2; a3 = v3 * ns3; a4 = v4 * ns4;
      v0 = a0 * Pcc + a1 * Psc + a2 * Ptc + a3 * Pfc;
      v1 = a0 * Pcs + a1 * Pss + a2 * Pts + a3 * Pfs + a4 * Pxs;
      v2 = a0 * Pct + a1 * Pst + a2 * Ptt;
      v3 = a2 * Ptf + a3 * Pff + a4 * Pxf;
      v4 = a3 * Pfx + a4 * Pxx;

      // A new deal is the move from talks into a freeze: that flow leaves the no-deal share.
      a0 = n0; a1 = n1; a2 = n2; a3 = n3; a4 = n4;
      n0 = a0 * Pcc + a1 * Psc + a2 * Ptc + a3 * Pfc;
      n1 = a0 * Pcs + a1 * Pss + a2 * Pts + a3 * Pfs + a4 * Pxs;
      n2 = a0 * Pct + a1 * Pst + a2 * Ptt;
      n3 = a3 * Pff + a4 * Pxf;
      n4 = a3 * Pfx + a4 * Pxx;

      a0 = p0; a1 = p1; a2 = p2; a3 = p3; a4 = p4;
      p0 = a0 * Pcc + a1 * Psc + a2 * Ptc + a3 * Pfc;
      p1 = a0 * Pcs + a1 * Pss + a2 * Pts + a3 * Pfs + a4 * Pxs;
      p2 = a0 * Pct + a1 * Pst + a2 * Ptt;
      p3 = a2 * Ptf + a3 * Pff + a4 * Pxf;
      p4 = a3 * Pfx + a4 * Pxx;

      if (rec) {
        const j = d * horizon + t - 1;
        rec.tension[j] = tension;
        rec.arsenal[j] = warheads;
        const sums = rec.monthSums, o = (t - 1) * 7;
        sums[o] = sums[o]! + atLeastOne(t0 + t1 + t2 + t3 + t4);
        sums[o + 1] = sums[o + 1]! + atLeastOne(i0 + i1 + i2 + i3 + i4);
        sums[o + 2] = sums[o + 2]! + atLeastOne(n0 + n1 + n2 + n3 + n4);
        sums[o + 3] = sums[o + 3]! + atLeastOne(v0 + v1 + v2 + v3 + v4);
        sums[o + 4] = sums[o + 4]! + launches;
        sums[o + 5] = sums[o + 5]! + tension;
        sums[o + 6] = sums[o + 6]! + warheads;
        addStates(rec.stateSums, t, p0, p1, p2, p3, p4);
      }
    }
    const tensionAverage = tensionTotal / horizon;
    const test = atLeastOne(t0 + t1 + t2 + t3 + t4), icbm = atLeastOne(i0 + i1 + i2 + i3 + i4);
    const deal = atLeastOne(n0 + n1 + n2 + n3 + n4), step = atLeastOne(v0 + v1 + v2 + v3 + v4);
    if (rec) {
      const h = rec.atHorizon;
      h.nuclearTest[d] = test; h.icbmLaunch[d] = icbm; h.interimDeal[d] = deal; h.denuclearizationStep[d] = step;
      h.missileLaunches[d] = launches; h.tensionIndex[d] = tensionAverage; h.arsenal[d] = warheads;
    }
    sumTest += test;
    sumIcbm += icbm;
    sumDeal += deal;
    sumStep += step;
    sumLaunch += launches;
    sumTension += tensionAverage;
    sumArsenal += warheads;
  }
  return {
    nuclearTest: sumTest / draws, icbmLaunch: sumIcbm / draws, interimDeal: sumDeal / draws,
    denuclearizationStep: sumStep / draws, missileLaunches: sumLaunch / draws,
    tensionIndex: sumTension / draws, arsenal: sumArsenal / draws,
  };
}

/**
 * P(at least one event) from the no-event share. Below 1e-12 the difference is
 * rounding in the five-term sum (an impossible event would otherwise show as
 * ±1e-16), so it is reported as exactly 0.
 */
function atLeastOne(noEvent: number): number {
  const p = 1 - noEvent;
  return p > 1e-12 ? p : 0;
}

function addStates(sums: Float64Array, t: number, p0: number, p1: number, p2: number, p3: number, p4: number): void {
  const o = t * 5;
  sums[o] = sums[o]! + p0;
  sums[o + 1] = sums[o + 1]! + p1;
  sums[o + 2] = sums[o + 2]! + p2;
  sums[o + 3] = sums[o + 3]! + p3;
  sums[o + 4] = sums[o + 4]! + p4;
}
