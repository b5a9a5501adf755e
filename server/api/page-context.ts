/**
 * The tRPC context of a page's own calls (Server Components, the in-process caller): the
 * page's locale and the reader's digits option, so model texts come out as the page shows them.
 */
import 'server-only';
import type { Locale } from '@/server/i18n/locales';
import { getFormatOptions } from '@/server/i18n/server-format';
import { createContext, type Context } from './trpc';

export async function pageContext(locale?: Locale): Promise<Context> {
  const { latinDigits = false } = await getFormatOptions();
  return createContext({ ...(locale ? { locale } : {}), latinDigits });
}
