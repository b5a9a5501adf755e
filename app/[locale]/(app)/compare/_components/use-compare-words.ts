'use client';
/** The comparison's words in a client component: the `compare` messages, the page's formatter and the charts' number words. */
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useFormat } from '@/app/_components/format-context';
import { useWords as useChartWords } from '@/app/_dashboard/use-words';
import type { Words as ChartWords } from '@/app/_dashboard/words';
import { loose, type Translate } from '@/app/_scenarios/words';
import type { Formatter } from '@/server/i18n/format';

export interface CompareWords {
  t: Translate;
  format: Formatter;
  chart: ChartWords;
}

export function useCompareWords(): CompareWords {
  const t = useTranslations('compare');
  const format = useFormat();
  const chart = useChartWords();
  return useMemo(() => ({ t: loose(t), format, chart }), [t, format, chart]);
}
