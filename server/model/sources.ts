/**
 * The catalogue of sources the model cites. Seeds are the five source articles
 * (originals in shared/seeds/, English brief in shared/domain/seeds-brief.md);
 * history entries are sections of shared/domain/history.md.
 */
export const SOURCES = {
  inssHanoi: {
    file: 'seeds/000_bed21ab42695047d.txt',
    title: 'INSS, "The second Trump–Kim summit in Hanoi: results and directions" (Hebrew, March 2019)',
  },
  boldStep: {
    file: 'seeds/001_ee2479b344a9b58b.txt',
    title: '"Possible nuclear negotiations between Washington and Pyongyang: a bold step with geopolitical risks" (Arabic, 2024/25)',
  },
  kimPutin2019: {
    file: 'seeds/002_e3996ef870d7ff64.txt',
    title: '"Kim–Putin summit: will Russia back North Korea against America?" (Arabic, April 2019)',
  },
  informalBloc: {
    file: 'seeds/003_0c6e4944ee07f246.txt',
    title: '"An informal bloc of Russia, China and North Korea against the US" (RT Arabic, 2024)',
  },
  softPowerFailed: {
    file: 'seeds/004_c3c71bb2d48184de.txt',
    title: '"Why negotiation and diplomacy (soft power) failed in the DPRK nuclear issue" (Persian, c. 2022)',
  },
  histTests: { file: 'history.md', title: 'Nuclear tests (six)' },
  histLaunches: { file: 'history.md', title: 'Ballistic missile launches per year (CNS criterion)' },
  histResolutions: { file: 'history.md', title: 'The eleven UN Security Council sanctions resolutions' },
  histAgreements: { file: 'history.md', title: 'Agreements and how they ended' },
  histExercises: { file: 'history.md', title: 'US–ROK combined exercises' },
  histRussiaChina: { file: 'history.md', title: 'Russia and China' },
  histArsenal: { file: 'history.md', title: 'Arsenal (SIPRI estimates, January)' },
  histForecasts: { file: 'history.md', title: 'Published forecasts (for comparison)' },
} as const satisfies Record<string, { file: string; title: string }>;

export type SourceId = keyof typeof SOURCES;
