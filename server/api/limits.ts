/**
 * Request limits shared by the route guards and the browser's tRPC link, so the
 * client splits batches instead of sending what the server refuses. No imports:
 * safe to bundle for the browser.
 */
export const MAX_BODY_BYTES = 64 * 1024;
/** Node rejects a request line plus headers over 16 KiB with 431; stay well under it. */
export const MAX_URL_LENGTH = 8 * 1024;
export const MAX_BATCH_SIZE = 10;
/**
 * scenarios.import alone (not batched) may send more: a team's export file. Still
 * counted while reading, like every body.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const IMPORT_PATH = '/api/trpc/scenarios.import';
