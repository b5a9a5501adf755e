/**
 * Error messages in the caller's language. English stays exactly as the schemas and the
 * repositories word it (clients and tests read it); Hebrew, Arabic and Persian come from
 * the `errors` namespace: one template per zod issue kind (the field path is kept, so a
 * form can still point at the control), and one per domain error. Numbers in messages
 * are written with the locale's digits.
 */
import type { z } from 'zod';
import { formatterFor } from '@/server/i18n/format';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';
import { joinProblems, problemLines, type FlatZodError } from './zod-error';

import { LOCALE_HEADER } from './locale-header';

export function localeFromHeaders(headers: Headers): Locale {
  const value = headers.get(LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function errorsTranslator(locale: Locale) {
  return translatorFor(locale, 'errors');
}

type Issue = z.core.$ZodIssue;

function typeMessage(t: ReturnType<typeof errorsTranslator>, expected: string): string {
  switch (expected) {
    case 'string': return t('issues.mustBeText');
    case 'number': case 'int': case 'nan': return t('issues.mustBeNumber');
    case 'boolean': return t('issues.mustBeBoolean');
    case 'array': case 'tuple': case 'set': return t('issues.mustBeList');
    case 'object': case 'record': case 'map': return t('issues.mustBeObject');
    default: return t('issues.wrongType');
  }
}

/** One issue's text in the locale (without its path). */
export function issueMessage(issue: Issue, locale: Locale): string {
  if (locale === 'en') return issue.message;
  const t = errorsTranslator(locale);
  const format = formatterFor(locale);
  const num = (value: number | bigint) => format.number(Number(value));
  switch (issue.code) {
    case 'invalid_type': return typeMessage(t, issue.expected);
    case 'too_small': {
      const minimum = num(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('issues.tooSmallString') : t('issues.tooSmallStringMin', { minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return t('issues.tooSmallArray', { minimum });
      return t('issues.tooSmallNumber', { minimum });
    }
    case 'too_big': {
      const maximum = num(issue.maximum);
      if (issue.origin === 'string') return t('issues.tooBigString', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set') return t('issues.tooBigArray', { maximum });
      return t('issues.tooBigNumber', { maximum });
    }
    case 'not_multiple_of': return t('issues.notInteger');
    case 'invalid_value': return t('issues.invalidValue', { values: format.list(issue.values.map((v) => String(v))) });
    case 'invalid_format': return t('issues.invalidFormat');
    case 'unrecognized_keys': return t('issues.unknownField');
    default: return t('issues.invalid');
  }
}

/** The issues with their messages in the locale; unknown keys become one issue per key. */
export function localizeIssues(issues: readonly Issue[], locale: Locale): Issue[] {
  if (locale === 'en') return [...issues];
  const unknownField = errorsTranslator(locale)('issues.unknownField');
  return issues.flatMap((issue): Issue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ code: 'custom', path: [...issue.path, key], message: unknownField }) as Issue);
    }
    return [{ ...issue, message: issueMessage(issue, locale) } as Issue];
  });
}

/** "path: message; …" in the locale (English: the summary the API has always given). */
export function summarizeLocalized(flat: FlatZodError, locale: Locale): string {
  const separator = locale === 'ar' || locale === 'fa' ? '؛ ' : '; ';
  const t = errorsTranslator(locale);
  const more = (count: number) => t('moreProblems', { count, value: formatterFor(locale).number(count) });
  return joinProblems(problemLines(flat), separator, more) || t('invalidInput');
}
