'use client';
/**
 * The Recharts plots, loaded in the browser only (Recharts cannot render on the
 * server) and after the first paint. Each stands inside its ChartFrame's fixed
 * plot area, so loading never moves the page.
 */
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { ChartPlaceholder } from '@/app/_components/chart-frame';

function loading() {
  return <LoadingPlot />;
}

function LoadingPlot() {
  const t = useTranslations('compare');
  return <ChartPlaceholder busy>{t('plotLoading')}</ChartPlaceholder>;
}

export const BarsPlot = dynamic(() => import('./bars-plot').then((m) => m.BarsPlot), { ssr: false, loading });
export const TrajectoryPlot = dynamic(() => import('./trajectory-plot').then((m) => m.TrajectoryPlot), { ssr: false, loading });
export const DifferencePlot = dynamic(() => import('./difference-plot').then((m) => m.DifferencePlot), { ssr: false, loading });
