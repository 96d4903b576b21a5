/**
 * Builds a larger spec from spec/accounts.yaml for regeneration benchmarks: every
 * path cloned `factor` times under a numbered prefix, with operationIds renamed so
 * they stay unique. Components are shared, as in a real API that grows.
 */
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { loadSpecDocument } from '../scripts/lib/spec.js';

type PathItem = Record<string, { operationId?: string }>;

export async function writeSyntheticSpec(factor: number, file: string): Promise<number> {
  const document = await loadSpecDocument();
  const paths = document.paths as Record<string, PathItem>;
  const grown: Record<string, PathItem> = {};
  let operations = 0;
  for (let copy = 0; copy < factor; copy++) {
    for (const [path, item] of Object.entries(paths)) {
      const clone = structuredClone(item);
      for (const operation of Object.values(clone)) {
        if (operation && typeof operation === 'object' && operation.operationId) {
          if (copy > 0) operation.operationId = `${operation.operationId}Copy${copy}`;
          operations += 1;
        }
      }
      grown[copy === 0 ? path : `/copy${copy}${path}`] = clone;
    }
  }
  await writeFile(file, stringify({ ...document, paths: grown }, { aliasDuplicateObjects: false }));
  return operations;
}
