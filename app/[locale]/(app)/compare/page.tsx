/**
 * /compare?ids=a,b[,c[,d]]: two to four saved scenarios side by side. The
 * scenarios and the model's metadata are read here, in process, so the first
 * render already shows names and assumptions; the forecasts follow in the
 * browser. A link that cannot be compared (malformed, missing or deleted ids)
 * renders a message with a way back, never a crash or an error status: the
 * page itself worked, the link did not.
 */
import { pageContext } from '@/server/api/page-context';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loose, type Translate } from '@/app/_scenarios/words';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/server/i18n/locales';
import { getPathname } from '@/server/i18n/navigation';
import { getServerFormat } from '@/server/i18n/server-format';
import { ComparePage } from './_components/compare-page';
import { CompareProblem } from './_components/compare-problem';
import { CompareView } from './_components/compare-view';
import { compareAssumptions } from './_lib/assumption-rows';
import { noteInWords, problemInWords } from './_lib/problem-words';
import type { ComparedScenario } from './_lib/series';
import { parseCompareUrl } from './_lib/url-state';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const localeOf = (value: string): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeOf((await params).locale), namespace: 'compare' });
  return { title: t('meta.title'), description: t('meta.description') };
}

/** A failed load in words, with whether trying again could help. */
function loadProblem(error: unknown, t: Translate): { message: string; retry: boolean } {
  if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
    // The repository's message ("No such scenario: …") does not say it is one of several.
    return { message: t('problems.notFound'), retry: false };
  }
  if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') return { message: error.message, retry: true };
  // Anything else is our fault, not the link's: logged for us, said plainly to the reader.
  console.error('compare: loading the scenarios failed', error);
  return { message: t('problems.failed'), retry: true };
}

/** This very link, for a Retry that loads the page again. */
function linkTo(params: Record<string, string | string[] | undefined>, locale: Locale): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) if (v !== undefined) query.append(key, v);
  return `${getPathname({ href: '/compare', locale })}?${query.toString().replace(/%2C/g, ',')}`;
}

export default async function CompareRoute({ params: rawParams, searchParams }: Props) {
  const locale = localeOf((await rawParams).locale);
  setRequestLocale(locale);
  const t = loose(await getTranslations({ locale, namespace: 'compare' }));
  const format = await getServerFormat(locale);
  const params = await searchParams;
  const parsed = parseCompareUrl(params);
  if (!parsed.ok) return <ComparePage><CompareProblem message={problemInWords(parsed.problem, t, format)} /></ComparePage>;

  const caller = createCaller(await pageContext(locale));
  const description = await caller.model.describe({ locale });
  let scenarios: ComparedScenario[];
  try {
    scenarios = (await caller.scenarios.getMany({ ids: parsed.ids })).map((s) => ({
      id: s.id, name: s.name, horizonMonths: s.horizonMonths, assumptions: s.assumptions, modelVersion: s.modelVersion, updatedAt: s.updatedAt,
    }));
  } catch (error) {
    const { message, retry } = loadProblem(error, t);
    return <ComparePage><CompareProblem message={message} retryHref={retry ? linkTo(params, locale) : undefined} /></ComparePage>;
  }

  const scenarioWords = { t: loose(await getTranslations({ locale, namespace: 'scenarios' })), format };
  return (
    <ComparePage>
      <CompareView
        description={description}
        scenarios={scenarios}
        groups={compareAssumptions(description, scenarios, scenarioWords)}
        choices={parsed.choices}
        urlNotes={parsed.notes.map((note) => noteInWords(note, t, format))}
      />
    </ComparePage>
  );
}
