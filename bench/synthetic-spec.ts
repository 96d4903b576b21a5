/**
 * Builds a larger spec from spec/accounts.yaml for regeneration benchmarks: every
 * path cloned `factor` times under a numbered prefix, with operationIds renamed so
 * they stay unique. Components are shared, as in a real API that grows. Only the
 * original token operation keeps issuing tokens, since a spec has exactly one.
 */
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { EXTENSIONS } from '../scripts/lib/runtime-rules.js';
import { loadSpecDocument } from '../scripts/lib/spec.js';
import { HTTP_METHODS, type OperationObject, specOperations } from '../scripts/lib/spec-model.js';

export async function writeSyntheticSpec(factor: number, file: string): Promise<number> {
  const document = await loadSpecDocument();
  const operations = specOperations(document);
  const paths = document.paths as Record<string, Record<string, unknown>>;
  /** A path item without its operations: path-level parameters, summary and the like. */
  const shared = (path: string) =>
    Object.fromEntries(Object.entries(paths[path] ?? {}).filter(([key]) => !(HTTP_METHODS as readonly string[]).includes(key)));
  const grown: Record<string, Record<string, unknown>> = {};
  for (let copy = 0; copy < factor; copy++) {
    for (const { path, method, operation } of operations) {
      const clone: OperationObject = structuredClone(operation);
      if (copy > 0) {
        if (clone.operationId) clone.operationId = `${clone.operationId}Copy${copy}`;
        delete clone[EXTENSIONS.issuesToken];
        delete clone[EXTENSIONS.refusedCredentialStatuses];
      }
      const target = copy === 0 ? path : `/copy${copy}${path}`;
      grown[target] = { ...(grown[target] ?? shared(path)), [method]: clone };
    }
  }
  await writeFile(file, stringify({ ...document, paths: grown }, { aliasDuplicateObjects: false }));
  return operations.length * factor;
}
