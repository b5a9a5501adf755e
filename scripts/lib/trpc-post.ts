/**
 * A tRPC mutation over HTTP, as the browser sends it (JSON, same origin), for the tests and
 * the load script: its result's data, or an error naming the procedure, status and answer.
 * `cookie` picks a session (the tests' fetch adds the test admin's when none is given).
 */
export async function postProcedure<T>(baseUrl: string, procedure: string, input: unknown, cookie?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/api/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}
