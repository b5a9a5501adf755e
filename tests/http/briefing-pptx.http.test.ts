/**
 * GET /api/briefing/pptx over real HTTP: a saved scenario, a comparison and the
 * dashboard's own parameters each answer a PowerPoint file named after the scenario
 * and the day; a link that cannot be read answers 400 and a missing scenario 404,
 * both as JSON in words.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { INITIAL_STATE } from '@/app/_dashboard/scenario';
import { toSearchParams } from '@/app/_dashboard/url-state';
import type { Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import { postProcedure } from '@/scripts/lib/trpc-post';

const base = inject('baseUrl');
const run = Math.random().toString(36).slice(2, 8); // the database is shared with other test files
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const MISSING = '00000000-0000-4000-8000-000000000000';

let description: ModelDescription;

interface Ok<T> { result: { data: T } }

async function create(name: string, assumptions: Assumptions, horizonMonths = 12): Promise<string> {
  return (await postProcedure<{ id: string }>(base, 'scenarios.create', { name, description: 'Made by the PowerPoint test.', assumptions, horizonMonths })).id;
}

const pptx = (query: string) => fetch(`${base}/api/briefing/pptx?${query}`);

/** The day the server names the file after (UTC), allowing for a run across midnight. */
function isRecentDate(date: string): boolean {
  const day = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(day) && Math.abs(Date.now() - day) < 2 * 86_400_000;
}

async function slidesOf(res: Response): Promise<{ count: number; texts: string[]; charts: number }> {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  const slidePaths = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  expect([...presentation.matchAll(/<p:sldId /g)]).toHaveLength(slidePaths.length);
  const texts = await Promise.all(slidePaths.map(async (p) => [...(await zip.file(p)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ')));
  return { count: slidePaths.length, texts, charts: Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).length };
}

beforeAll(async () => {
  const res = await fetch(`${base}/api/trpc/model.describe`);
  description = ((await res.json()) as Ok<ModelDescription>).result.data;
});

describe('GET /api/briefing/pptx', () => {
  test('a saved scenario: 200, a .pptx named <slug>-<date>, with its slides and native charts', async () => {
    const name = `Pptx briefing ${run}`;
    const id = await create(name, { ...description.statusQuo, exerciseScale: 20 });
    const res = await pptx(`scenario=${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(PPTX);
    const disposition = res.headers.get('content-disposition') ?? '';
    const match = new RegExp(`^attachment; filename="pptx-briefing-${run}-(\\d{4}-\\d{2}-\\d{2})\\.pptx"$`).exec(disposition);
    expect(match, disposition).not.toBeNull();
    expect(isRecentDate(match![1]!)).toBe(true);
    const deck = await slidesOf(res);
    expect(deck.count).toBeGreaterThanOrEqual(10);
    expect(deck.texts[0]).toContain(name);
    // The one changed assumption is on the assumptions slide.
    const exercise = description.assumptions.find((a) => a.id === 'exerciseScale')!.label;
    expect(deck.texts[1]).toContain(exercise);
    expect(deck.charts).toBeGreaterThanOrEqual(8);
  });

  test('a comparison: ids and horizon, every scenario named', async () => {
    const a = await create(`Pptx A ${run}`, { ...description.statusQuo, exerciseScale: 10 });
    const b = await create(`Pptx B ${run}`, { ...description.statusQuo, exerciseScale: 90 }, 24);
    const res = await pptx(`ids=${a},${b}&horizon=12`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="comparison-pptx-a-${run}-vs-pptx-b-${run}-\\d{4}-\\d{2}-\\d{2}\\.pptx"$`));
    const deck = await slidesOf(res);
    expect(deck.texts[0]).toContain(`Pptx A ${run}`);
    expect(deck.texts[0]).toContain(`Pptx B ${run}`);
    expect(deck.texts.join(' ')).toMatch(/over 12 months/);
  });

  test('the dashboard’s own parameters: a preset by its name', async () => {
    const preset = description.presets.find((p) => p.id === 'hanoiAccepted')!;
    const params = toSearchParams({ ...INITIAL_STATE, assumptions: preset.assumptions, presetId: preset.id, horizonMonths: 18 });
    const res = await pptx(params.toString());
    expect(res.status).toBe(200);
    const slug = preset.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${slug}-\\d{4}-\\d{2}-\\d{2}\\.pptx"$`));
    const deck = await slidesOf(res);
    expect(deck.texts[0]).toContain(preset.name);
    expect(deck.texts[0]).toMatch(/18 months|18-month/);
  });

  test('a link that cannot be read → 400 with a readable message', async () => {
    for (const query of ['horizon=abc', 'exerciseScale=500', `ids=${MISSING}`, 'outlook=weather']) {
      const res = await pptx(query);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type'), query).toMatch(/^application\/json/);
      const body = (await res.json()) as { message: string };
      expect(body.message, query).toMatch(/\w{3,}/);
      expect(body.message, query).not.toMatch(/stack|TRPCError|undefined/i);
    }
  });

  test('a scenario that does not exist → 404 with a readable message', async () => {
    const existing = await create(`Pptx kept ${run}`, { ...description.statusQuo });
    for (const query of [`scenario=${MISSING}`, `ids=${existing},${MISSING}`]) {
      const res = await pptx(query);
      expect(res.status, query).toBe(404);
      const body = (await res.json()) as { message: string };
      expect(body.message, query).toMatch(/could not be found|no saved scenario/i);
    }
  });
});
