/**
 * The eleven UN Security Council sanctions resolutions ("sanctions groups").
 * `bite` is each resolution's share of the sanctions regime's economic pressure
 * (the eleven sum to 1). They are judgements, weighted by what each one bans:
 * designations-only resolutions weigh almost nothing, while the 2016–17 sectoral
 * bans on coal, iron, seafood, textiles, labour and fuel carry most of the weight
 * (DPRK–China trade fell from 5.3B USD in 2017 to 2.4B in 2018 as they bit).
 * Source: history.md, "The eleven UN Security Council sanctions resolutions" and
 * "Russia and China"; Ri Yong Ho's Hanoi remark on the five civilian-economy groups.
 */
import EN from '../i18n/messages/en/model.json';

const R = EN.resolutions;

/** Trigger and bans in English (describeModel(locale) translates them). */
export interface Resolution {
  number: ResolutionNumber;
  adopted: string;
  trigger: string;
  bans: string;
  bite: number;
}

export const RESOLUTION_NUMBERS = [
  1695, 1718, 1874, 2087, 2094, 2270, 2321, 2356, 2371, 2375, 2397,
] as const;
export type ResolutionNumber = (typeof RESOLUTION_NUMBERS)[number];

export const RESOLUTIONS: readonly Resolution[] = [
  { number: 1695, adopted: '2006-07', trigger: R.r1695.trigger, bans: R.r1695.bans, bite: 0.01 },
  { number: 1718, adopted: '2006-10', trigger: R.r1718.trigger, bans: R.r1718.bans, bite: 0.05 },
  { number: 1874, adopted: '2009-06', trigger: R.r1874.trigger, bans: R.r1874.bans, bite: 0.04 },
  { number: 2087, adopted: '2013-01', trigger: R.r2087.trigger, bans: R.r2087.bans, bite: 0.01 },
  { number: 2094, adopted: '2013-03', trigger: R.r2094.trigger, bans: R.r2094.bans, bite: 0.04 },
  { number: 2270, adopted: '2016-03', trigger: R.r2270.trigger, bans: R.r2270.bans, bite: 0.14 },
  { number: 2321, adopted: '2016-11', trigger: R.r2321.trigger, bans: R.r2321.bans, bite: 0.12 },
  { number: 2356, adopted: '2017-06', trigger: R.r2356.trigger, bans: R.r2356.bans, bite: 0.01 },
  { number: 2371, adopted: '2017-08', trigger: R.r2371.trigger, bans: R.r2371.bans, bite: 0.18 },
  { number: 2375, adopted: '2017-09', trigger: R.r2375.trigger, bans: R.r2375.bans, bite: 0.17 },
  { number: 2397, adopted: '2017-12', trigger: R.r2397.trigger, bans: R.r2397.bans, bite: 0.23 },
];

/** The five "sanctions groups" the DPRK asked to lift at Hanoi (inferred; history.md marks it [U]). */
export const HANOI_FIVE: readonly ResolutionNumber[] = [2270, 2321, 2371, 2375, 2397];

const biteByNumber = new Map(RESOLUTIONS.map((r) => [r.number, r.bite]));

/** Share of the regime's economic bite removed by lifting these resolutions (0–1). */
export function liftedBite(lifted: readonly ResolutionNumber[]): number {
  let total = 0;
  for (const n of new Set(lifted)) total += biteByNumber.get(n) ?? 0;
  return Math.min(1, total);
}
