/**
 * The message catalogues: every locale has exactly English's keys, with the same ICU
 * arguments, written in its own script; and every English key is used by the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '@/server/i18n/locales';
import { MESSAGES } from '@/server/i18n/messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const catalogue = (locale: (typeof LOCALES)[number]) => flatten(MESSAGES[locale] as unknown as Tree);
const english = catalogue('en');

function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal) names.add(String(element.value));
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...names].sort();
}

/** Letters of each locale's script: a translation must use them (an untranslated English copy does not). */
const SCRIPT: Record<string, RegExp> = { he: /[\u0590-\u05FF]/, ar: /[\u0600-\u06FF]/, fa: /[\u0600-\u06FF]/ };
/** Values that are the same in every language: acronyms, file formats, figures, placeholders. */
const UNIVERSAL = /^[\sA-Z0-9{}#.,:;/+×–—()%'’-]*$/;

describe('message catalogues', () => {
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      const messages = catalogue(locale);
      test('has exactly the English keys', () => {
        const missing = [...english.keys()].filter((k) => !messages.has(k));
        const extra = [...messages.keys()].filter((k) => !english.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });
      test('uses the same ICU arguments as English in every message', () => {
        const mismatched = [...english].filter(([key, source]) => messages.has(key) && argumentsOf(source).join() !== argumentsOf(messages.get(key)!).join());
        expect(mismatched.map(([key]) => key)).toEqual([]);
      });
      test('is written in its own script (nothing left in English)', () => {
        const untranslated = [...messages].filter(([key, value]) => !SCRIPT[locale]!.test(value) && !UNIVERSAL.test(value) && english.get(key) !== '');
        expect(untranslated.map(([key, value]) => `${key}: ${value}`)).toEqual([]);
      });
    });
  }

  test('every English message parses as ICU', () => {
    const broken: string[] = [];
    for (const [key, value] of english) {
      try {
        parse(value, { ignoreTag: false });
      } catch (error) {
        broken.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

// ---- every key is used -------------------------------------------------------------

const SOURCE_ROOTS = ['app', 'server', 'scripts', 'proxy.ts'];

function sourceFiles(path: string): string[] {
  const stat = statSync(path);
  if (stat.isFile()) return /\.(ts|tsx)$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => (name === 'node_modules' || name === 'messages' ? [] : sourceFiles(join(path, name))));
}

/**
 * What the code can ask for. Namespaces: the first argument of useTranslations /
 * getTranslations / translatorFor, or a `namespace:` option. Keys: every string literal
 * shaped like a key path, and every template literal with `${…}` holes (a pattern such as
 * `assumptions.${id}.label`). A key is used when its path, after one of the namespaces,
 * is one of those literals or matches one of those patterns.
 */
function usage() {
  const namespaces = new Set<string>();
  const literals = new Set<string>();
  const patterns: RegExp[] = [];
  for (const file of SOURCE_ROOTS.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:useTranslations|getTranslations|translatorFor)\(\s*(?:[\w.]+\s*,\s*)?['"]([\w.]+)['"]/g)) namespaces.add(m[1]!);
    for (const m of text.matchAll(/namespace:\s*['"]([\w.]+)['"]/g)) namespaces.add(m[1]!);
    for (const m of text.matchAll(/['"]([A-Za-z][\w]*(?:\.[\w]+)*)['"]/g)) literals.add(m[1]!);
    for (const m of text.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
      const parts = m[1]!.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (parts.some((p) => /\w/.test(p))) patterns.push(new RegExp(`^${parts.join('[\\w]+')}$`));
    }
  }
  return { namespaces, literals, patterns };
}

test('every English key is used by the code', () => {
  const { namespaces, literals, patterns } = usage();
  const unused = [...english.keys()].filter((key) => {
    const segments = key.split('.');
    for (let i = 1; i < segments.length; i++) {
      const namespace = segments.slice(0, i).join('.');
      if (!namespaces.has(namespace)) continue;
      const rest = segments.slice(i).join('.');
      if (literals.has(rest) || patterns.some((p) => p.test(rest))) return false;
    }
    return true;
  });
  expect(unused).toEqual([]);
});
