/**
 * Files made once and kept between builds (node_modules/.cache/), named by a hash of their inputs:
 * a build where nothing changed reuses them, and two builds of one commit write the same bytes.
 * Used for the sharing images and for the cut fonts (src/integrations/fontsource-provider.ts).
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The cache folder: OG_CACHE_DIR, or node_modules/.cache/og (never public/ or src/). */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return env['OG_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'og');
}

/** The cache file, made first when it is missing. */
export async function cachedFile(file: string, make: () => Promise<Buffer>): Promise<string> {
  if (existsSync(file)) return file;
  const bytes = await make();
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename, so a build stopped halfway never leaves a broken file in the cache.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return file;
}
