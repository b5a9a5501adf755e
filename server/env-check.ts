/**
 * Exits the server on a bad environment. Without this Next logs the error from
 * instrumentation and keeps serving, with every API request then failing.
 */
export async function checkEnvOrExit(): Promise<void> {
  try {
    await import('./env');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
