/** The spec's descriptions reach both generated clients as hover text (JSDoc). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutHoverNoise } from '../../scripts/lib/class-client-docs.js';
import { repoRoot } from '../support/run-script.js';

const generated = (file: string) => readFile(join(repoRoot, 'generated', file), 'utf8');

describe('hover text', () => {
  it.each(['models/index.ts', 'apis/AccountsApi.ts', 'apis/AuthenticationApi.ts', 'runtime.ts'])(
    '%s carries no generator noise in its comments (@type, @memberof, @export, @interface, escaped quotes)',
    async (file) => {
      const source = await generated(`openapi-generator/${file}`);
      const comments = source.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
      for (const comment of comments) expect(comment).not.toMatch(/@(?:type|memberof|export|interface)\b|\\['"]/);
    },
  );

  it('withoutHoverNoise cleans comments only, keeping descriptions and other tags', () => {
    const source = [
      '/**',
      ' * The customer\\\'s account, \\"open\\".',
      ' * @type {string}',
      ' * @memberof CustomerAccount',
      ' * @deprecated',
      ' */',
      "const quote = 'it\\'s';",
    ].join('\n');
    expect(withoutHoverNoise(source)).toBe(
      ['/**', ' * The customer\'s account, "open".', ' * @deprecated', ' */', "const quote = 'it\\'s';"].join('\n'),
    );
  });

  it.each(['AccountsApi.ts', 'AuthenticationApi.ts'])('every request field of %s has the JSDoc line of its description', async (file) => {
    const source = await generated(`openapi-generator/apis/${file}`);
    const interfaces = [...source.matchAll(/export interface (\w+Request) \{\n([\s\S]*?)\n\}/g)];
    expect(interfaces.length).toBeGreaterThan(0);
    for (const [, name, body] of interfaces) {
      const lines = body!.split('\n');
      lines.forEach((line, index) => {
        if (/^\s+\w+\??:/.test(line)) expect(lines[index - 1], `${name}: ${line.trim()}`).toMatch(/^\s+\/\*\* \S.* \*\/$/);
      });
    }
  });

  it('openapi-typescript documents the same parameter', async () => {
    const types = await generated('openapi-typescript/accounts.ts');
    const api = await generated('openapi-generator/apis/AccountsApi.ts');
    const description = 'ID of the customer, as issued when the customer was created.';
    expect(types).toContain(`@description ${description}`);
    expect(api).toContain(`/** ${description} */`);
  });
});
