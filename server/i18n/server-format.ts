/** The formatter for a server component or route: the locale plus the reader's digits cookie. */
import 'server-only';
import { cookies } from 'next/headers';
import { formatterFor, type FormatOptions, type Formatter } from './format';
import { DIGITS_COOKIE, formatOptionsFrom } from './format-options';
import type { Locale } from './locales';

export async function getServerFormat(locale: Locale): Promise<Formatter> {
  return formatterFor(locale, await getFormatOptions());
}

/** The reader's format options (the digits cookie). */
export async function getFormatOptions(): Promise<FormatOptions> {
  const store = await cookies();
  return formatOptionsFrom(store.get(DIGITS_COOKIE)?.value);
}
