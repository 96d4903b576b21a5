/**
 * Writes docs/: one markdown page per tag of the spec, each operation with its
 * method and path, parameters, return type, errors and a TypeScript example for
 * both clients (the tests compile every example against the package).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classArgumentName, classMethodName } from './class-client-names.js';
import { inspectRuntimeRules, type OperationRules, type TokenRules } from './runtime-rules.js';
import { loadSpecDocument } from './spec.js';
import { type OpenApiDocument, resolveRef, type SchemaObject, type SpecOperation, specOperations } from './spec-model.js';

/**
 * Pages of docs/ written by hand, about the package rather than one operation: generation
 * keeps them as they are, and the drift check leaves them out.
 */
export const handWrittenDocs = ['Testing.md'];

const BANNER = '<!-- Generated from spec/accounts.yaml by `npm run generate`. Do not edit by hand. -->\n\n';

function refName(schema: SchemaObject | undefined): string | undefined {
  return schema?.$ref?.split('/').pop();
}

function typeOf(document: OpenApiDocument, raw: SchemaObject | undefined): string {
  if (!raw) return 'unknown';
  const named = refName(raw);
  const schema = resolveRef(document, raw);
  const variants = schema.oneOf ?? schema.anyOf;
  if (named && !variants) return named;
  if (variants) return variants.map((variant) => typeOf(document, variant)).join(' \\| ');
  if (schema.type === 'array') return `${typeOf(document, schema.items)}[]`;
  if (schema.type === 'integer') return `integer${schema.format ? ` (${schema.format})` : ''}`;
  return schema.type ?? 'unknown';
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/'/g, "\\'")}'` : JSON.stringify(value);
}

function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** The operation's runtime rules in words, as the transport applies them. */
function rulesLines(rules: OperationRules, token: TokenRules): string[] {
  const seconds = (ms: number) => `${ms / 1000} s`;
  return [
    '### Runtime rules',
    '',
    '| rule | value |',
    '|---|---|',
    `| timeout | ${rules.timeoutMs === undefined ? "the client's `timeoutMs`" : `${seconds(rules.timeoutMs)} (\`x-finicity-timeout-ms\`)`} |`,
    `| sent again after a transient failure | ${rules.retryable ? 'yes' : 'no, never repeated automatically'} |`,
    `| credentials | ${rules.requiresToken ? '`Finicity-App-Key` and `Finicity-App-Token`' : '`Finicity-App-Key` only'} |`,
    ...(rules.issuesToken
      ? [
          `| issues the token | yes: shared for ${token.renewAfterMs / 60_000} min; statuses ${token.refusedCredentialStatuses.join(', ')} mean refused credentials, never retried |`,
        ]
      : rules.requiresToken
        ? [`| token renewed once and the call resent on a 401 with code | ${token.expiredTokenCodes.join(', ')} |`]
        : []),
    '',
  ];
}

function section(document: OpenApiDocument, entry: SpecOperation, rules: OperationRules, token: TokenRules): string {
  const { method, path, operation } = entry;
  const operationId = entry.name;
  const parameters = entry.parameters;
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  const responses = Object.entries(entry.responses);
  const success = responses.find(([status]) => status.startsWith('2'));
  const successSchema = success?.[1].content?.['application/json']?.schema;
  const returns = successSchema ? typeOf(document, successSchema) : `nothing (HTTP ${success?.[0] ?? '204'})`;
  const methodName = classMethodName(operationId);
  const isCreateToken = rules.issuesToken;
  const bodySchema = entry.requestBody?.content?.['application/json']?.schema;

  const lines = [`## ${operationId}`, '', `\`${method.toUpperCase()} ${path}\``, ''];
  if (operation.summary) lines.push(`**${oneLine(operation.summary)}.** ${oneLine(operation.description)}`, '');
  lines.push(...rulesLines(rules, token));

  lines.push('### Parameters', '');
  if (parameters.length === 0 && !bodySchema) lines.push('None.', '');
  else {
    lines.push('| name | in | type | required | description |', '|---|---|---|---|---|');
    for (const parameter of parameters) {
      lines.push(
        `| \`${parameter.name}\` | ${parameter.in} | ${typeOf(document, parameter.schema)} | ${parameter.required ? 'yes' : 'no'} | ${oneLine(parameter.description)} |`,
      );
    }
    if (bodySchema) lines.push(`| body | body | ${typeOf(document, bodySchema)} | yes | JSON request body |`);
    lines.push('');
  }

  lines.push('### Returns', '', `${returns}${success ? `: ${oneLine(success[1].description)}` : ''}`, '');

  lines.push(
    '### Errors',
    '',
    'The class client throws `FinicityApiError` with these statuses; openapi-fetch returns them as `{ error, response }` (`dataOrThrow` throws the same `FinicityApiError`). `code` values from the examples:',
    '',
  );
  lines.push('| status | meaning | example codes |', '|---|---|---|');
  for (const [status, response] of responses.filter(([code]) => !code.startsWith('2'))) {
    const codes = new Set<string>();
    for (const media of Object.values(response.content ?? {})) {
      for (const example of Object.values(media.examples ?? {})) {
        const value = resolveRef(document, example).value as { code?: unknown } | undefined;
        if (value && typeof value === 'object' && value.code !== undefined) codes.add(String(value.code));
      }
    }
    lines.push(`| ${status} | ${oneLine(response.description)} | ${[...codes].join(', ') || '—'} |`);
  }
  lines.push('');

  const pathArguments = pathParameters.map((parameter) => `${parameter.name}: ${literal(parameter.example)}`).join(', ');
  const credentials = isCreateToken
    ? "{ appKey: process.env.FINICITY_APP_KEY!, appToken: 'not-used-by-CreateToken' }"
    : '{ appKey: process.env.FINICITY_APP_KEY!, partnerId: process.env.FINICITY_PARTNER_ID!, partnerSecret: process.env.FINICITY_PARTNER_SECRET! }';
  const body = isCreateToken ? "body: { partnerId: '1234583871234', partnerSecret: process.env.FINICITY_PARTNER_SECRET! }" : undefined;
  const fetchOptions = [pathArguments ? `params: { path: { ${pathArguments} } }` : undefined, body].filter(Boolean).join(', ');
  lines.push(
    '### With `createAccountsClient` (openapi-fetch)',
    '',
    '```ts',
    "import { createAccountsClient } from 'finicity-accounts';",
    '',
    `const client = createAccountsClient(${credentials});`,
    `const { data, error, response } = await client.${method.toUpperCase()}('${path}'${fetchOptions ? `, { ${fetchOptions} }` : ''});`,
    `if (error) console.log(response.status, error); // an HTTP error: the redacted body, typed by the spec`,
    successSchema ? `else console.log(data);` : `else console.log(data === undefined); // HTTP ${success?.[0] ?? '204'}: no body`,
    '```',
    '',
  );

  const factory = isCreateToken ? 'createAuthenticationApi' : 'createAccountsApi';
  const classArguments = isCreateToken
    ? "{ partnerCredentials: { partnerId: '1234583871234', partnerSecret: process.env.FINICITY_PARTNER_SECRET! } }"
    : `{ ${pathParameters.map((parameter) => `${classArgumentName(parameter.name)}: ${literal(parameter.example)}`).join(', ')} }`;
  const modelImport = successSchema && refName(successSchema) ? `, type ${refName(successSchema)}` : '';
  lines.push(
    `### With \`${factory}\` (class client)`,
    '',
    '```ts',
    `import { ${factory}${modelImport} } from 'finicity-accounts';`,
    '',
    `const api = ${factory}(${credentials});`,
    successSchema && refName(successSchema)
      ? `const result: ${refName(successSchema)} = await api.${methodName}(${classArguments});`
      : `await api.${methodName}(${classArguments});`,
    '```',
    '',
  );
  return lines.join('\n');
}

/** The pages, by file name (`Accounts.md`, …, and the index `README.md`). */
export async function renderApiDocs(
  specFile: string,
  parsed: Promise<OpenApiDocument> = loadSpecDocument(specFile),
): Promise<Record<string, string>> {
  const document = await parsed;
  const { rules } = inspectRuntimeRules(document);
  const byTag = new Map<string, string[]>();
  for (const entry of specOperations(document)) {
    if (!entry.operationId) continue;
    const tag = entry.operation.tags?.[0] ?? 'Other';
    byTag.set(tag, [...(byTag.get(tag) ?? []), section(document, entry, rules.operations.get(entry.name)!, rules.token)]);
  }
  const pages: Record<string, string> = {};
  const info = document.info as { title?: string; version?: string };
  const index = [`# ${info.title ?? 'API'} ${info.version ?? ''} reference`.trim(), ''];
  for (const [tag, sections] of [...byTag].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = sections.sort();
    pages[`${tag}.md`] = `${BANNER}# ${tag}\n\n${sorted.join('\n')}`;
    index.push(`- [${tag}](${tag}.md): ${sorted.map((text) => `\`${/^## (\S+)/.exec(text)?.[1]}\``).join(', ')}`);
  }
  pages['README.md'] = `${BANNER}${index.join('\n')}\n`;
  return pages;
}

export async function writeApiDocs(specFile: string, outDir: string, parsed?: Promise<OpenApiDocument>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(await renderApiDocs(specFile, parsed))) await writeFile(join(outDir, name), text);
}
