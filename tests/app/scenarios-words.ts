/** The words the scenario and comparison helpers take, in English (or another locale), for unit tests. */
import { englishWords, wordsFrom } from '@/app/_dashboard/words';
import { loose, type Words } from '@/app/_scenarios/words';
import { formatterFor } from '@/server/i18n/format';
import type { Locale } from '@/server/i18n/locales';
import { translatorFor } from '@/server/i18n/translator';

export function scenarioWords(locale: Locale = 'en'): Words {
  return { t: loose(translatorFor(locale, 'scenarios')), format: formatterFor(locale) };
}

export function compareWords(locale: Locale = 'en') {
  const format = formatterFor(locale);
  return {
    t: loose(translatorFor(locale, 'compare')),
    format,
    chart: locale === 'en' ? englishWords() : wordsFrom(format, translatorFor(locale, 'dashboard')),
  };
}
