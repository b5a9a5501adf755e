/**
 * The tRPC context of a page's own calls (Server Components, the in-process caller): the
 * page's locale, the reader's digits option and the signed-in user, so model texts come out
 * as the page shows them and saved scenarios as this user may see them.
 */
import 'server-only';
import { headers } from 'next/headers';
import { sessionUser } from '@/server/auth';
import type { Locale } from '@/server/i18n/locales';
import { getFormatOptions } from '@/server/i18n/server-format';
import { createContext, type Context } from './trpc';

export async function pageContext(locale?: Locale): Promise<Context> {
  const { latinDigits = false } = await getFormatOptions();
  const user = await sessionUser(await headers());
  return createContext({ ...(locale ? { locale } : {}), latinDigits, user });
}
