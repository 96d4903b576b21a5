/** The consumer bundles stay within their budgets (bench/bundles.ts), so growth is a decision, not an accident. */
import { describe, expect, it } from 'vitest';
import { bundleSize, consumerBundle, consumers, gzipBudgets } from '../../bench/bundles.js';
import * as errors from '../../src/errors.js';

describe('bundle budgets', () => {
  it.each(Object.entries(gzipBudgets))('a %s consumer stays within %i bytes gzipped', async (name, budget) => {
    const { gzipBytes } = await bundleSize(consumers[name as keyof typeof consumers]);
    expect(gzipBytes).toBeLessThanOrEqual(budget!);
  });
});

describe('minified bundles', () => {
  it('keep the error classes’ names, which minifiers would rename', async () => {
    const classes = Object.keys(errors).filter((name) => name.startsWith('Finicity'));
    // The drift error is made from its report; the others from a message and details.
    const made = `(name) => name === 'FinicityResponseDriftError' ? new errors[name]({ operation: 'X', status: 200, differences: [] }) : new errors[name]('m', { status: 500 })`;
    const source = `import * as errors from './src/index.ts';\nexport const names = ${JSON.stringify(classes)}.map((name) => (${made})(name).name);`;
    const text = new TextDecoder().decode(await consumerBundle(source));
    const bundle = (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as { names: string[] };
    expect(bundle.names).toEqual(classes);
  });
});
