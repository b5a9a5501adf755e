/**
 * First-load JavaScript per route, from the build's own record
 * (`<dist>/diagnostics/route-bundle-stats.json`, written by `next build`). Next gives
 * only uncompressed bytes, so the chunks it lists are gzipped here (zlib's default
 * level, what a typical server sends) to compare with the 300 kB gzip budget of `/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { DIST_DIR } from './built-server';

const ROOT = path.resolve(import.meta.dirname, '../..');

// Only the fields read here; an unknown shape (a new Next version) fails with zod's message.
const statsSchema = z.array(
  z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }),
);

export interface RouteBundle {
  route: string;
  chunks: number;
  bytes: number;
  gzipBytes: number;
}

export function statsFile(distDir = DIST_DIR): string {
  return path.join(ROOT, distDir, 'diagnostics', 'route-bundle-stats.json');
}

export function readRouteBundles(distDir = DIST_DIR): RouteBundle[] {
  const file = statsFile(distDir);
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: build first (npm run build)`);
  return statsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).map((entry) => {
    let gzipBytes = 0;
    for (const chunk of entry.firstLoadChunkPaths) gzipBytes += gzipSync(readFileSync(path.join(ROOT, chunk))).length;
    return { route: entry.route, chunks: entry.firstLoadChunkPaths.length, bytes: entry.firstLoadUncompressedJsBytes, gzipBytes };
  });
}
