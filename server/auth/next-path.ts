/** Where sign-in may send a user back to: only a path on this site ("/…"), never "//host" or a full URL. Client-safe. */
export function safeNext(path: string | null | undefined): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : null;
}
