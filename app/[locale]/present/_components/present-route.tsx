/**
 * The three present routes share this: resolve the link, run the forecasts,
 * build the slides on the server and hand them to the client Presentation. A
 * link that cannot be presented (malformed, missing or deleted scenarios) gets
 * a page that says why, with the way back; never a crash.
 */
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Presentation } from '@/app/_briefing/presentation';
import { createCaller } from '@/server/api/root';
import { createContext } from '@/server/api/trpc';
import { computeBriefing, resolveBriefing, type BriefingSource } from '@/server/briefing/load';
import styles from '../present.module.css';

const LEAVE_LABELS: Record<BriefingSource['kind'], string> = {
  dashboard: 'Dashboard',
  saved: 'Scenario',
  compare: 'Comparison',
  shared: 'Shared view',
};

/** `print=1` (and only that) asks for the PDF layout. */
export function isPrint(raw: Record<string, string | string[] | undefined>): boolean {
  const value = Array.isArray(raw.print) ? raw.print[0] : raw.print;
  return value === '1';
}

export async function PresentRoute({ source, print, missingIsNotFound = false }: { source: BriefingSource; print: boolean; missingIsNotFound?: boolean }) {
  const caller = createCaller(createContext());
  const resolution = await resolveBriefing(caller, source);
  if (!resolution.ok) {
    if (resolution.status === 404 && missingIsNotFound) notFound();
    return <PresentProblem message={resolution.message} backHref={resolution.leaveHref} retry={resolution.status === 503} />;
  }
  const briefing = await computeBriefing(caller, resolution.briefing);
  return (
    <>
      {/* One slide per landscape page; the stage is 1920×1080 CSS pixels. */}
      {print && <style>{'@page { size: 1920px 1080px; margin: 0; } html, body { margin: 0; background: #fff; }'}</style>}
      <Presentation
        briefing={briefing}
        leaveHref={resolution.briefing.leaveHref}
        leaveLabel={LEAVE_LABELS[resolution.briefing.source]}
        pdfHref={resolution.briefing.pdfPath}
        print={print}
      />
    </>
  );
}

export function PresentProblem({ message, backHref, retry = false }: { message: string; backHref: string; retry?: boolean }) {
  return (
    <main className={styles.problem} data-present-problem="">
      <div className={styles.problemCard}>
        <p className={styles.problemKicker}>Present mode</p>
        <h1>This briefing cannot be shown</h1>
        <p className={styles.problemMessage}>{message}</p>
        <p className={styles.problemLinks}>
          <Link href={backHref}>← Go back</Link>
          {retry && <span> · try again in a moment</span>}
        </p>
      </div>
    </main>
  );
}
