/**
 * Server start: open the database now rather than at the first request, so
 * migrations run before anyone is served and a second server on the same
 * embedded data directory is refused at once, with the reason.
 */
import { getDatabase } from './index';
import { DataDirInUseError } from './data-dir-lock';

export async function openDatabaseOrExit(): Promise<void> {
  try {
    await getDatabase();
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(`\nPeninsula Outlook cannot start: ${error.message}.\n`);
      process.exit(1);
    }
    console.error('\nPeninsula Outlook cannot open its database:', error);
    process.exit(1);
  }
}
