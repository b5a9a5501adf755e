/** User text in exports: a name of markup is escaped in the PowerPoint's XML and kept as text in the scenario file. */
import JSZip from 'jszip';
import { expect, inject, test } from 'vitest';
import { STATUS_QUO } from '@/server/model/assumptions';

const base = inject('baseUrl');
const run = Math.random().toString(36).slice(2, 8);
const NAME = `<img src=x onerror=alert(1)> & "q" ${run}`;

test('the PowerPoint escapes markup in a name; the scenario file keeps it as text', async () => {
  const created = await fetch(`${base}/api/trpc/scenarios.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ name: NAME, description: '<script>x</script>', assumptions: STATUS_QUO, horizonMonths: 12 }),
  });
  expect(created.status).toBe(200);
  const { id } = ((await created.json()) as { result: { data: { id: string } } }).result.data;

  const deck = await fetch(`${base}/api/briefing/pptx?scenario=${id}`);
  expect(deck.status).toBe(200);
  const zip = await JSZip.loadAsync(await deck.arrayBuffer());
  const xml = (await Promise.all(Object.keys(zip.files).filter((f) => f.endsWith('.xml')).map((f) => zip.file(f)!.async('string')))).join('\n');
  expect(xml).toContain(`&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; ${run}`);
  expect(xml).not.toContain('<img src=x');
  expect(xml).not.toContain('<script>');

  const file = await fetch(`${base}/api/trpc/scenarios.export?input=${encodeURIComponent(JSON.stringify({ ids: [id] }))}`);
  const exported = ((await file.json()) as { result: { data: { scenarios: { name: string; description: string }[] } } }).result.data;
  expect(exported.scenarios[0]).toMatchObject({ name: NAME, description: '<script>x</script>' });
});
