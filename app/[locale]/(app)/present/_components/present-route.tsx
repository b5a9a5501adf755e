/**
 * The present routes share this: resolve the link, run the forecasts,
 * build the slides on the server (in the page's language and digits) and hand
 * them to the client Presentation. A link that cannot be presented (malformed,
 * missing or deleted scenarios) gets a page that says why, with the way back;
 * never a crash.
 */
import { pageContext } from '@/server/api/page-context';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Presentation } from '@/app/_briefing/presentation';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { computeBriefing, resolveBriefing, type BriefingSource } from '@/server/briefing/load';
import { isLocale, type Locale } from '@/server/i18n/locales';
import { cookies } from 'next/headers';
import { DIGITS_COOKIE, formatOptionsFrom } from '@/server/i18n/format-options';
import styles from '../present.module.css';

/** `print=1` (and only that) asks for the PDF layout. */
export function isPrint(raw: Record<string, string | string[] | undefined>): boolean {
  const value = Array.isArray(raw.print) ? raw.print[0] : raw.print;
  return value === '1';
}

/** The route's locale segment (the layout has already refused anything else). */
export function localeOf(value: string): Locale {
  return isLocale(value) ? value : 'en';
}

/** "Present · Peninsula Outlook" in the page's language. */
export async function presentMetadata(locale: string, kind: 'present' | 'compare' | 'shared'): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf(locale), namespace: 'briefing' });
  const titles = { present: t('present.pageTitle.present'), compare: t('present.pageTitle.compare'), shared: t('present.pageTitle.shared') };
  const title = `${titles[kind]} · Peninsula Outlook`;
  return kind === 'shared' ? { title, robots: { index: false } } : { title };
}

export async function PresentRoute({ source, print, locale, missingIsNotFound = false }: {
  source: BriefingSource;
  print: boolean;
  locale: Locale;
  missingIsNotFound?: boolean;
}) {
  const caller = createCaller(await pageContext());
  const resolution = await resolveBriefing(caller, source, locale);
  if (!resolution.ok) {
    if (resolution.status === 404 && missingIsNotFound) notFound();
    return <PresentProblem locale={locale} message={resolution.message} backHref={resolution.leaveHref} retry={resolution.status === 503} />;
  }
  const formatOptions = formatOptionsFrom((await cookies()).get(DIGITS_COOKIE)?.value);
  const briefing = await computeBriefing(caller, resolution.briefing, { locale, formatOptions });
  const t = await getTranslations({ locale, namespace: 'briefing' });
  return (
    <>
      {/* One slide per landscape page; the stage is 1920×1080 CSS pixels. */}
      {print && <style>{'@page { size: 1920px 1080px; margin: 0; } html, body { margin: 0; background: #fff; }'}</style>}
      <Presentation
        briefing={briefing}
        leaveHref={resolution.briefing.leaveHref}
        leaveLabel={t(`present.leaveTo.${resolution.briefing.source}`)}
        pdfHref={resolution.briefing.pdfPath}
        pptxHref={resolution.briefing.pptxPath}
        print={print}
      />
    </>
  );
}

export async function PresentProblem({ locale, message, backHref, retry = false }: { locale: Locale; message: string; backHref: string; retry?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'briefing' });
  return (
    <main className={styles.problem} data-present-problem="">
      <div className={styles.problemCard}>
        <p className={styles.problemKicker}>{t('problem.kicker')}</p>
        <h1>{t('problem.title')}</h1>
        <p className={styles.problemMessage}>{message}</p>
        <p className={styles.problemLinks}>
          {/* A plain link: backHref already carries the locale's prefix. */}
          <a href={backHref}>{t('problem.back')}</a>
          {retry && <span> · {t('problem.retry')}</span>}
        </p>
      </div>
    </main>
  );
}
