/** /present/<id> for an id no saved scenario has: said plainly, with the way to the list. */
import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/server/briefing/load';
import { PresentProblem, localeOf } from '../_components/present-route';

export default async function PresentNotFound() {
  const locale = localeOf(await getLocale());
  const t = await getTranslations({ locale, namespace: 'briefing' });
  return <PresentProblem locale={locale} message={t('problem.noSuchScenarioRestore')} backHref={localePath(locale, '/scenarios')} />;
}
