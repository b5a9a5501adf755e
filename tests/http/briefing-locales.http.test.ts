/**
 * The briefing exports in the other languages, over real HTTP: `locale=he` gives a Hebrew
 * PowerPoint written right to left (rtl="1" paragraphs, lang he-IL, a face with Hebrew
 * letters), `locale=fa` one with Persian digits (Latin ones with the `po-digits=latin`
 * cookie), `locale=ar` a PDF whose text is Arabic; an unknown locale is refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Assumptions } from '@/server/model/assumptions';
import type { ModelDescription } from '@/server/model/describe';
import { postProcedure } from '@/scripts/lib/trpc-post';

const base = inject('baseUrl');
const run = Math.random().toString(36).slice(2, 8);
const HEBREW = /[\u0590-\u05FF]/;
const ARABIC = /[\u0600-\u06FF]/;
const PERSIAN_DIGITS = /[۰-۹]/;

interface Ok<T> { result: { data: T } }
let description: ModelDescription;
let id: string;

async function create(name: string, assumptions: Assumptions): Promise<string> {
  return (await postProcedure<{ id: string }>(base, 'scenarios.create', { name, description: 'Made by the briefing locale test.', assumptions, horizonMonths: 12 })).id;
}

async function deckOf(res: Response) {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const read = (pattern: RegExp) => Promise.all(Object.keys(zip.files).filter((f) => pattern.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
    .map((f) => zip.file(f)!.async('string')));
  const slides = await read(/^ppt\/slides\/slide\d+\.xml$/);
  const notes = await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
  const charts = await read(/^ppt\/charts\/chart\d+\.xml$/);
  const text = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
  return { slides, texts: slides.map(text), notes: notes.map(text), charts };
}

beforeAll(async () => {
  const res = await fetch(`${base}/api/trpc/model.describe`);
  description = ((await res.json()) as Ok<ModelDescription>).result.data;
  id = await create(`Locale briefing ${run}`, { ...description.statusQuo, exerciseScale: 20 });
});

describe('GET /api/briefing/pptx in other languages', () => {
  test('locale=he: Hebrew slides and notes, right to left, an ASCII file name', async () => {
    const res = await fetch(`${base}/api/briefing/pptx?scenario=${id}&locale=he`);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="locale-briefing-${run}-\\d{4}-\\d{2}-\\d{2}\\.pptx"$`));
    const deck = await deckOf(res);
    expect(deck.texts.length).toBeGreaterThanOrEqual(10);
    // Every slide after the title has Hebrew text, every one is written right to left.
    for (const [i, text] of deck.texts.entries()) expect(text, `slide ${i + 1}`).toMatch(HEBREW);
    for (const xml of deck.slides) {
      expect(xml).toContain('rtl="1"');
      expect(xml).toContain('lang="he-IL"');
      expect(xml).not.toContain('typeface="Calibri"');
    }
    expect(deck.texts.join(' ')).toContain('המצב הקיים');
    expect(deck.notes.join(' ')).toMatch(HEBREW);
    // Charts: Hebrew series and axis titles, language tag on the chart text.
    expect(deck.charts.join(' ')).toMatch(HEBREW);
    expect(deck.charts.join(' ')).toContain('he-IL');
  });

  test('locale=fa: Persian digits in the slides and the chart labels; Latin with the po-digits cookie', async () => {
    const res = await fetch(`${base}/api/briefing/pptx?scenario=${id}&locale=fa`);
    expect(res.status).toBe(200);
    const deck = await deckOf(res);
    expect(deck.texts.join(' ')).toMatch(PERSIAN_DIGITS);
    expect(deck.texts.join(' ')).toContain('وضع موجود');
    expect(deck.slides[2]).toContain('lang="fa-IR"');
    // Month labels on the category axis: ۰ ۱ ۲ …
    expect(deck.charts[0]).toMatch(/<c:v>۱<\/c:v>/);

    const latin = await fetch(`${base}/api/briefing/pptx?scenario=${id}&locale=fa`, { headers: { cookie: 'po-digits=latin' } });
    expect(latin.status).toBe(200);
    const latinDeck = await deckOf(latin);
    expect(latinDeck.texts.slice(1).join(' ')).not.toMatch(PERSIAN_DIGITS);
    expect(latinDeck.texts.join(' ')).toContain('وضع موجود');
  });

  test('locale=ar: Arabic, and Arabic-Indic digits', async () => {
    const res = await fetch(`${base}/api/briefing/pptx?scenario=${id}&locale=ar`);
    expect(res.status).toBe(200);
    const deck = await deckOf(res);
    expect(deck.texts.join(' ')).toContain('الوضع الراهن');
    expect(deck.texts.join(' ')).toMatch(/[٠-٩]/);
  });

  test('an unknown locale is a 400 in words; English stays left to right', async () => {
    const bad = await fetch(`${base}/api/briefing/pptx?scenario=${id}&locale=xx`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/locale/);
    const en = await deckOf(await fetch(`${base}/api/briefing/pptx?scenario=${id}&locale=en`));
    expect(en.slides[1]).not.toContain('rtl="1"');
    expect(en.texts.join(' ')).toContain('Status quo');
  });
});

describe('GET /api/briefing/pdf in Arabic', () => {
  test('locale=ar prints the Arabic present route: Arabic text in the PDF', async () => {
    const res = await fetch(`${base}/api/briefing/pdf?scenario=${id}&locale=ar`);
    expect(res.status, res.status === 200 ? '' : await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'briefing-ar-'));
    const file = path.join(dir, 'ar.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(ARABIC);
    // Words from the slides (pdftotext may give Arabic script in presentation forms; normalise).
    const normal = text.normalize('NFKC');
    expect(normal).toMatch(/المصادر|الافتراضات|الوضع الراهن/);
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1];
    expect(Number(pages)).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
