'use client';
/**
 * The page's number and date formatter for client components: `useFormat()`. The layout
 * provides the reader's format options (from the digits cookie); the locale comes from
 * next-intl, so every chart, table and card formats the same way.
 */
import { useLocale } from 'next-intl';
import { createContext, useContext, type ReactNode } from 'react';
import { formatterFor, type FormatOptions, type Formatter } from '@/server/i18n/format';

const FormatOptionsContext = createContext<FormatOptions>({});

export function FormatOptionsProvider({ options, children }: { options: FormatOptions; children: ReactNode }) {
  return <FormatOptionsContext.Provider value={options}>{children}</FormatOptionsContext.Provider>;
}

export function useFormat(): Formatter {
  return formatterFor(useLocale(), useContext(FormatOptionsContext));
}

export function useFormatOptions(): FormatOptions {
  return useContext(FormatOptionsContext);
}
