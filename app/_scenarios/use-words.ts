'use client';
/** The scenario pages' words in a client component: the `scenarios` messages and the page's formatter. */
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useFormat } from '@/app/_components/format-context';
import { loose, type Words } from './words';

export function useWords(): Words {
  const t = useTranslations('scenarios');
  const format = useFormat();
  return useMemo(() => ({ t: loose(t), format }), [t, format]);
}
