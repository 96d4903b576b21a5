/** Setup file of every test file: a warning Node prints (a listener leak, a deprecation) fails the file that caused it. */
import { afterAll, expect } from 'vitest';

const warnings: string[] = [];
const record = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
process.on('warning', record);

afterAll(async () => {
  // A warning is emitted on the next tick: let one emitted by the last test arrive.
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', record);
  expect(warnings, 'warnings printed while this file ran').toEqual([]);
});
