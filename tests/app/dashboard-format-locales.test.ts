import { describe, expect, test } from 'vitest';
import { formatChange, formatMean, formatRange } from '@/app/_dashboard/format';
import { formatDelta, formatTick, formatValue, fixed1, unitsLine } from '@/app/_dashboard/charts/format';
import { waterfallTable, tornadoTable, launchRows } from '@/app/_dashboard/charts/shape';
import { englishWords, wordsFrom, type Words } from '@/app/_dashboard/words';
import { formatterFor } from '@/server/i18n/format';
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import type { ForecastResult } from '@/server/model/schema';

const words = (locale: Locale): Words => wordsFrom(formatterFor(locale), translatorFor(locale, 'dashboard'));
const band = { mean: 0.345, p10: 0.2, p90: 0.48 };

describe('the dashboard writes numbers in the locale', () => {
  test('English is unchanged with or without Words', () => {
    for (const w of [undefined, englishWords()]) {
      expect(formatMean(band, 'probability', w)).toBe('35%');
      expect(formatRange(band, 'probability', w)).toBe('20%–48%');
      expect(formatChange(-0.004, 'probability', w)).toBe('−0.4 pts');
      expect(formatMean({ mean: 23.4, p10: 1, p90: 2 }, 'count', w)).toBe('23 launches');
      expect(formatDelta(-0.4, 'warheads', w)).toBe('−0.4\u00a0warheads');
      expect(formatValue(0.1234, 'probability', w)).toBe('12.3%');
      expect(unitsLine('count', w)).toBe('in missiles');
    }
  });

  test('Arabic uses Arabic-Indic digits and its plural forms', () => {
    const w = words('ar');
    expect(formatMean(band, 'probability', w)).toMatch(/^٣٥٪/);
    expect(formatRange(band, 'probability', w)).toMatch(/٢٠٪.*–٤٨٪/);
    expect(formatMean({ mean: 58, p10: 50, p90: 66 }, 'warheads', w)).toBe('٥٨ رأسًا حربيًا');
    expect(formatMean({ mean: 3, p10: 1, p90: 5 }, 'warheads', w)).toBe('٣ رؤوس حربية');
    expect(formatChange(0.12, 'probability', w)).toMatch(/\+١٢ نقطة مئوية$/);
    expect(formatTick(0.25, 'probability', 0, w)).toMatch(/^٢٥٪/);
    expect(fixed1(0.1234, 'probability', w)).toBe('١٢٫٣');
  });

  test('Persian uses Persian digits; Hebrew Latin ones', () => {
    expect(formatMean({ mean: 4.2, p10: 1, p90: 9 }, 'count', words('fa'))).toBe('۴٫۲ پرتاب');
    expect(formatChange(-2, 'index', words('fa'))).toMatch(/۲٫۰ واحد$/);
    expect(formatMean({ mean: 58, p10: 50, p90: 66 }, 'warheads', words('he'))).toBe('58 ראשי נפץ');
    expect(formatMean({ mean: 0.005, p10: 0, p90: 0.01 }, 'probability', words('he'))).toBe('0.5%');
  });

  test('tables and labels follow the locale, with the arrow of its direction', () => {
    const w = words('fa');
    const table = waterfallTable([{ key: 'statusQuo', label: 'x', kind: 'total', range: [0, 0.3], value: 0.3, end: 0.3 }], 'probability', w);
    expect(table.columns[0]).toBe('گام');
    expect(table.rows[0]![2]).toBe('۳۰٫۰');
    expect(tornadoTable([], 'count', words('he')).columns[1]).toContain('←');
    const rows = launchRows({ launchesByQuarter: [{ quarter: 1, months: 3, mean: 2 }] } as unknown as ForecastResult, words('ar'));
    expect(rows[0]!.label).toBe('الربع ١ (الأشهر ١–٣)');
  });
});
