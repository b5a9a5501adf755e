/** next-intl's per-request configuration: the locale from the URL, its messages, UTC. */
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { latinizeStrings } from './digits';
import { getFormatOptions } from './server-format';
import { MESSAGES } from './messages';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // The Persian Latin-digits option reaches the messages' own figures too ("۸۰٪" → "80%").
  const latin = locale === 'fa' && (await getFormatOptions()).latinDigits;
  return { locale, messages: latin ? latinizeStrings(MESSAGES.fa) : MESSAGES[locale], timeZone: 'UTC' };
});
