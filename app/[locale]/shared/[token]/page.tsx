/**
 * A read-only shared link: the dashboard for the linked scenario with every
 * control disabled. The token is the only key; a revoked or unknown one gets
 * the "no longer valid" page (404), never the scenario.
 */
import { pageContext } from '@/server/api/page-context';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Dashboard } from '@/app/_dashboard/dashboard';
import { INITIAL_STATE } from '@/app/_dashboard/scenario';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/server/i18n/locales';
import { loadShared } from './load-shared';

interface Props {
  params: Promise<{ token: string; locale: string }>;
}

const localeOf = (value: string): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: 'scenarios' });
  return { title: t('meta.sharedTitle'), robots: { index: false } };
}

export default async function SharedPage({ params }: Props) {
  const { token, locale: raw } = await params;
  const locale = localeOf(raw);
  setRequestLocale(locale);
  const shared = await loadShared(token, locale);
  const description = await createCaller(await pageContext(locale)).model.describe({ locale });
  return (
    <Dashboard
      description={description}
      initial={{ ...INITIAL_STATE, assumptions: shared.assumptions, horizonMonths: shared.horizonMonths, presetId: null }}
      urlProblems={[]}
      opened={null}
      openProblem={null}
      shared={{ token: shared.token, name: shared.name, description: shared.description, updatedAt: shared.updatedAt }}
    />
  );
}
