import { describe, expect, it } from 'vitest';
import { attachmentDisposition, exportFileName, localIsoDate, panelExportName, slugify } from '@/app/_components/export-names';

describe('slugify', () => {
  it('lower-cases, drops accents and turns every other run into one hyphen', () => {
    expect(slugify('Freeze for relief')).toBe('freeze-for-relief');
    expect(slugify('  “Hanoi” accepted — v2!  ')).toBe('hanoi-accepted-v2');
    expect(slugify('Détente à Pyongyang')).toBe('detente-a-pyongyang');
    expect(slugify('a/b\\c.d:e*f?g"h<i>j|k')).toBe('a-b-c-d-e-f-g-h-i-j-k');
  });

  it('keeps letters of other scripts, and falls back when nothing is left', () => {
    expect(slugify('북한 동결 시나리오')).toBe('북한-동결-시나리오');
    expect(slugify('!!! ---')).toBe('scenario');
    expect(slugify('', 'chart')).toBe('chart');
  });

  it('caps long names at 60 characters, cut at a word boundary', () => {
    const slug = slugify('Maximum pressure with a full naval interdiction and secondary sanctions on every bank');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('maximum-pressure-with-a-full-naval-interdiction-and');
    expect(slug.endsWith('-')).toBe(false);
    const unbroken = slugify('x'.repeat(100));
    expect(unbroken).toBe('x'.repeat(60));
  });
});

describe('file names', () => {
  it('dates in local calendar terms, zero-padded', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 10, 21, 0, 0))).toBe('2026-11-21');
  });

  it('names a panel after its id without the page prefix, unless given a name', () => {
    expect(panelExportName('chart-tension')).toBe('tension');
    expect(panelExportName('compare-trajectory')).toBe('trajectory');
    expect(panelExportName('chart-states', 'Diplomatic states')).toBe('diplomatic-states');
  });

  it('is <panel>-<scenario>-<YYYY-MM-DD>.<ext>', () => {
    const day = new Date(2026, 10, 21, 15, 30);
    expect(exportFileName('tension', 'Hanoi accepted', day, 'png')).toBe('tension-hanoi-accepted-2026-11-21.png');
    expect(exportFileName('compare-bars-probability', 'comparison', day, 'svg')).toBe('compare-bars-probability-comparison-2026-11-21.svg');
    expect(exportFileName('states', '“Freeze” / relief', day, 'svg')).toBe('states-freeze-relief-2026-11-21.svg');
  });
});

describe('attachmentDisposition', () => {
  it('quotes a plain ASCII name as it is', () => {
    expect(attachmentDisposition('freeze-for-relief-2026-11-21.pptx')).toBe('attachment; filename="freeze-for-relief-2026-11-21.pptx"');
  });

  it('adds an RFC 5987 name for non-ASCII and never lets a quote through', () => {
    const header = attachmentDisposition('북한-2026-11-21.pptx');
    expect(header).toBe(`attachment; filename="-2026-11-21.pptx"; filename*=UTF-8''${encodeURIComponent('북한-2026-11-21.pptx')}`);
    expect(attachmentDisposition('a"b.pptx')).toMatch(/^attachment; filename="a-b\.pptx"; filename\*=UTF-8''a%22b\.pptx$/);
  });
});
