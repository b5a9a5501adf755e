import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EpisodesFileError, parseEpisodesFile } from '../../server/backtest/episodes';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

/** The error message of parsing a malformed fixture; fails the test if it parses. */
function errorOf(name: string): string {
  try {
    parseEpisodesFile(fixture(`episodes-malformed/${name}`), name);
  } catch (error) {
    expect(error).toBeInstanceOf(EpisodesFileError);
    return (error as Error).message;
  }
  throw new Error(`${name} parsed without error`);
}

describe('parseEpisodesFile', () => {
  it('reads a valid file, tolerating extra descriptive fields on an episode', () => {
    const episodes = parseEpisodesFile(fixture('episodes-small.json'), 'episodes-small.json');
    expect(episodes.map((e) => e.id)).toEqual(['fx-2009', 'fx-2018-06', 'fx-2021', 'fx-2028']);
    expect(episodes[2]?.observed.missileLaunches).toBeUndefined();
    expect(episodes[3]?.assumptions.sanctionsLifted).toEqual([2270, 2321]);
    expect(episodes[0]?.context).toEqual({ icbmCapable: false, nuclearTestsToDate: 1, warheadsEstimate: 5 });
  });

  it('reads the shared calibration file', () => {
    const text = readFileSync(fileURLToPath(new URL('../../../shared/domain/episodes-calibration.json', import.meta.url)), 'utf8');
    expect(parseEpisodesFile(text, 'episodes-calibration.json').length).toBeGreaterThan(0);
  });

  it.each([
    ['not-json.json', /^not-json\.json: not valid JSON \(.+\)$/],
    ['not-an-array.json', /^not-an-array\.json: the file must be a JSON array of episodes$/],
    ['empty.json', /^empty\.json: the file holds no episodes$/],
    ['wrong-type.json', /^wrong-type\.json: episode 2 \("fx-2018-06"\), observed\.nuclearTest: must be a boolean, got string "no"$/],
    ['missing-field.json', /^missing-field\.json: episode 3 \("fx-2021"\), observed\.interimDeal: is missing \(expected boolean\)$/],
    ['out-of-range.json', /^out-of-range\.json: episode 1 \("fx-2009"\), assumptions\.exerciseScale: must be at most 100$/],
    ['unknown-resolution.json', /^unknown-resolution\.json: episode 4 \("fx-2028"\), assumptions\.sanctionsLifted\[1\]: must be one of the eleven UN resolutions/],
    ['unknown-assumption.json', /^unknown-assumption\.json: episode 2 \("fx-2018-06"\), assumptions: unknown field "sanctionRelief"$/],
    ['duplicate-id.json', /^duplicate-id\.json: episode 3 \("fx-2009"\), id: duplicates the id of episode 1$/],
  ])('rejects %s naming the episode and field', (name, expected) => {
    expect(errorOf(name)).toMatch(expected);
  });

  type RawEpisode = Record<string, unknown> & { context: Record<string, unknown>; observed: Record<string, unknown> };
  const valid = () => JSON.parse(fixture('episodes-small.json')) as RawEpisode[];
  const parseData = (data: unknown) => () => parseEpisodesFile(JSON.stringify(data), 'x.json');

  it('rejects a date that is not on the calendar', () => {
    const data = valid();
    data[1]!.date = '2019-02-30';
    expect(parseData(data)).toThrow('x.json: episode 2 ("fx-2018-06"), date: is not a calendar date');
  });

  it('rejects an out-of-range horizon and context', () => {
    const data = valid();
    data[0]!.horizonMonths = 48;
    data[0]!.context.nuclearTestsToDate = -1;
    let issues: string[] = [];
    try {
      parseData(data)();
    } catch (error) {
      issues = (error as EpisodesFileError).issues;
    }
    expect(issues).toEqual([
      'x.json: episode 1 ("fx-2009"), horizonMonths: must be at most 36',
      expect.stringMatching(/^x\.json: episode 1 \("fx-2009"\), context\.nuclearTestsToDate: /),
    ]);
  });

  it('rejects unknown outcomes and negative launch counts', () => {
    const data = valid();
    data[3]!.observed.nuclearTests = true;
    data[0]!.observed.missileLaunches = -2;
    expect(parseData(data)).toThrow(/episode 4 \("fx-2028"\), observed: unknown field "nuclearTests"/);
    expect(parseData(data)).toThrow(/episode 1 \("fx-2009"\), observed\.missileLaunches: must be at least 0/);
  });

  it('names an episode by position when it has no usable id', () => {
    expect(parseData(['not an episode'])).toThrow('x.json: episode 1: must be an object, got string "not an episode"');
  });
});
