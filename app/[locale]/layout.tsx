import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { FormatOptionsProvider } from '@/app/_components/format-context';
import { TRPCReactProvider } from '@/app/_trpc/provider';
import { DIGITS_COOKIE, formatOptionsFrom } from '@/server/i18n/format-options';
import { directionOf } from '@/server/i18n/locales';
import { routing } from '@/server/i18n/routing';
import '@/app/fonts.css';
import '@/app/globals.css';

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

// Every page is rendered per request: it carries that request's CSP nonce (proxy.ts) and
// the reader's digits preference (cookie); a prerendered page would have neither.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'common' });
  return { title: t('appName'), description: t('appDescription') };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const formatOptions = formatOptionsFrom((await cookies()).get(DIGITS_COOKIE)?.value);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        {/* The client receives only this locale's messages (from server/i18n/request.ts). */}
        <NextIntlClientProvider>
          <FormatOptionsProvider options={formatOptions}>
            <TRPCReactProvider>{children}</TRPCReactProvider>
          </FormatOptionsProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
