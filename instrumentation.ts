/**
 * Runs once when the Next.js server starts: validates the environment then, not at
 * the first request. The Node-only code sits in its own module so the Edge bundle of
 * this file stays free of process.exit.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvOrExit } = await import('./server/env-check');
    await checkEnvOrExit();
  }
}
