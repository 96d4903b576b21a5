/** Folder snapshots and comparisons, for drift checks and the atomic swap. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file below `dir` (POSIX relative path → SHA-256), sorted by path. */
export async function listFiles(dir: string, skip: string[] = []): Promise<Record<string, string>> {
  if (!existsSync(dir)) return {};
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !skip.includes(path))
    .sort();
  const files: Record<string, string> = {};
  for (const path of paths) {
    files[path] = createHash('sha256')
      .update(await readFile(join(dir, path)))
      .digest('hex');
  }
  return files;
}

export interface TreeDifference {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** What `actual` would need to become `expected`. */
export function compareTrees(expected: Record<string, string>, actual: Record<string, string>): TreeDifference {
  return {
    changed: Object.keys(expected).filter((path) => path in actual && actual[path] !== expected[path]),
    missing: Object.keys(expected).filter((path) => !(path in actual)),
    extra: Object.keys(actual).filter((path) => !(path in expected)),
  };
}

export function isSameTree(difference: TreeDifference): boolean {
  return difference.changed.length + difference.missing.length + difference.extra.length === 0;
}

/**
 * Puts `staged` in place of `target` with two renames, so `target` is always either
 * the old tree or the new one, and files the new tree lacks are gone with the old.
 */
export async function swapInto(staged: string, target: string): Promise<void> {
  const retired = `${target}.old-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) await rename(target, retired);
  try {
    await rename(staged, target);
  } catch (error) {
    if (hadTarget) await rename(retired, target);
    throw error;
  }
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}
