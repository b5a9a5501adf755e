/**
 * Runs once when the Next.js server starts, before it answers requests:
 * validates the environment, then opens the database (applying migrations and
 * seeding a new one). The Node-only code sits in its own modules so the Edge
 * bundle of this file stays free of process.exit.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkEnvOrExit } = await import('./server/env-check');
  await checkEnvOrExit();
  const { openDatabaseOrExit } = await import('./server/db/startup');
  await openDatabaseOrExit();
}
