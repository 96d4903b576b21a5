/**
 * The oldest TypeScript the README claims, for checking the published types with it.
 * Not a dev dependency: an aliased `typescript` installs a second `tsc` into
 * node_modules/.bin, which takes the current one's place. So it is fetched once with
 * `npm pack` (as the package test's install already needs the registry) and kept in
 * `.cache/`.
 */
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './run-script.js';

const run = promisify(execFile);

/** The oldest version the README claims; older ones fail on openapi-fetch's own types with skipLibCheck off. */
export const OLDEST_TYPESCRIPT = '5.4.5';

/** The path of that version's `tsc`, fetched and unpacked on first use. */
export async function oldestTypeScript(): Promise<string> {
  const dir = join(repoRoot, '.cache', `typescript-${OLDEST_TYPESCRIPT}`);
  const tsc = join(dir, 'package', 'bin', 'tsc');
  if (
    await access(tsc).then(
      () => true,
      () => false,
    )
  )
    return tsc;
  const scratch = await mkdtemp(join(dir, '..', 'typescript-download-'));
  try {
    await run('npm', ['pack', `typescript@${OLDEST_TYPESCRIPT}`, '--pack-destination', scratch, '--loglevel=error'], { cwd: scratch });
    await run('tar', ['xzf', `typescript-${OLDEST_TYPESCRIPT}.tgz`], { cwd: scratch });
    await mkdir(dir, { recursive: true });
    await rename(join(scratch, 'package'), join(dir, 'package'));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return tsc;
}
