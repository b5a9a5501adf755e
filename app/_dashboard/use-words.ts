'use client';
/** The page's Words (number formatter and dashboard messages) for client components. */
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useFormat } from '@/app/_components/format-context';
import { wordsFrom, type Words } from './words';

export function useWords(): Words {
  const format = useFormat();
  const t = useTranslations('dashboard');
  return useMemo(() => wordsFrom(format, t), [format, t]);
}
