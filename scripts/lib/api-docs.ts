/**
 * Writes docs/: one markdown page per tag of the spec, each operation with its
 * method and path, parameters, return type, errors and a TypeScript example for
 * both clients (the tests compile every example against the package), and the models
 * page (scripts/lib/model-docs.ts) that the types link to.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classArgumentName, classBodyFieldName, classMethodName } from './class-client-names.js';
import { MODELS_PAGE, modelLink, modelNames, oneLine, renderModelsPage, userType } from './model-docs.js';
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

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/'/g, "\\'")}'` : JSON.stringify(value);
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

/** The parameters table: each name as openapi-fetch takes it (the wire name) and as the class client takes it. */
function parametersLines(document: OpenApiDocument, entry: SpecOperation, bodySchema: SchemaObject | undefined): string[] {
  const { parameters } = entry;
  if (parameters.length === 0 && !bodySchema) return ['### Parameters', '', 'None.', ''];
  const lines = [
    '### Parameters',
    '',
    '| name (openapi-fetch) | name (class client) | in | type | required | description |',
    '|---|---|---|---|---|---|',
  ];
  for (const parameter of parameters) {
    lines.push(
      `| \`${parameter.name}\` | \`${classArgumentName(parameter.name)}\` | ${parameter.in} | ${userType(document, parameter.schema)} | ${parameter.required ? 'yes' : 'no'} | ${oneLine(parameter.description)} |`,
    );
  }
  const bodyName = refName(bodySchema);
  if (bodySchema) {
    const classField = bodyName ? `\`${classBodyFieldName(bodyName)}\`` : '—';
    lines.push(`| \`body\` | ${classField} | body | ${userType(document, bodySchema)} | yes | JSON request body |`);
  }
  lines.push('');
  return lines;
}

/** The error statuses, with the codes the spec's examples give for each. */
function errorsLines(document: OpenApiDocument, entry: SpecOperation): string[] {
  const lines = [
    '### Errors',
    '',
    'The class client throws `FinicityApiError` with these statuses; openapi-fetch returns them as `{ error, response }` (`dataOrThrow` throws the same `FinicityApiError`). `code` values from the examples:',
    '',
    '| status | meaning | example codes |',
    '|---|---|---|',
  ];
  for (const [status, response] of Object.entries(entry.responses).filter(([code]) => !code.startsWith('2'))) {
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
  return lines;
}

/** One example per client; credentials come from the environment (FINICITY_APP_KEY, …), as users' programs take them. */
function exampleLines(entry: SpecOperation, rules: OperationRules, successSchema: SchemaObject | undefined, noBody: string): string[] {
  const { method, path } = entry;
  const pathParameters = entry.parameters.filter((parameter) => parameter.in === 'path');
  const isCreateToken = rules.issuesToken;
  const pathArguments = pathParameters.map((parameter) => `${parameter.name}: ${literal(parameter.example)}`).join(', ');
  const body = isCreateToken ? "body: { partnerId: '1234583871234', partnerSecret: process.env.FINICITY_PARTNER_SECRET! }" : undefined;
  const fetchOptions = [pathArguments ? `params: { path: { ${pathArguments} } }` : undefined, body].filter(Boolean).join(', ');
  const factory = isCreateToken ? 'createAuthenticationApi' : 'createAccountsApi';
  const classArguments = isCreateToken
    ? "{ partnerCredentials: { partnerId: '1234583871234', partnerSecret: process.env.FINICITY_PARTNER_SECRET! } }"
    : `{ ${pathParameters.map((parameter) => `${classArgumentName(parameter.name)}: ${literal(parameter.example)}`).join(', ')} }`;
  const model = refName(successSchema);
  const call = `api.${classMethodName(entry.name)}(${classArguments})`;
  return [
    '### With `createAccountsClient` (openapi-fetch)',
    '',
    '```ts',
    "import { createAccountsClient } from 'finicity-accounts';",
    '',
    'const client = createAccountsClient(); // credentials from FINICITY_APP_KEY, FINICITY_PARTNER_ID and FINICITY_PARTNER_SECRET',
    `const { data, error, response } = await client.${method.toUpperCase()}('${path}'${fetchOptions ? `, { ${fetchOptions} }` : ''});`,
    'if (error) console.log(response.status, error); // an HTTP error: the redacted body, typed by the spec',
    successSchema ? 'else console.log(data);' : `else console.log(data === undefined); // ${noBody}: no body`,
    '```',
    '',
    `### With \`${factory}\` (class client)`,
    '',
    '```ts',
    `import { ${factory}${model ? `, type ${model}` : ''} } from 'finicity-accounts';`,
    '',
    `const api = ${factory}();`,
    model ? `const result: ${model} = await ${call};` : `await ${call};`,
    '```',
    '',
  ];
}

function section(document: OpenApiDocument, entry: SpecOperation, rules: OperationRules, token: TokenRules): string {
  const { method, path, operation } = entry;
  const success = Object.entries(entry.responses).find(([status]) => status.startsWith('2'));
  const successSchema = success?.[1].content?.['application/json']?.schema;
  const noBody = `HTTP ${success?.[0] ?? '204'}`;
  const returns = successSchema ? userType(document, successSchema) : `nothing (${noBody})`;
  const bodySchema = entry.requestBody?.content?.['application/json']?.schema;

  const lines = [`## ${entry.name}`, '', `\`${method.toUpperCase()} ${path}\``, ''];
  if (operation.summary) lines.push(`**${oneLine(operation.summary)}.** ${oneLine(operation.description)}`, '');
  lines.push(...rulesLines(rules, token));
  lines.push(...parametersLines(document, entry, bodySchema));
  lines.push('### Returns', '', `${returns}${success ? `: ${oneLine(success[1].description)}` : ''}`, '');
  lines.push(...errorsLines(document, entry));
  lines.push(...exampleLines(entry, rules, successSchema, noBody));
  return lines.join('\n');
}

/** The pages, by file name (`Accounts.md`, …, `Models.md` and the index `README.md`). */
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
    if (`${tag}.md` === MODELS_PAGE) throw new Error(`the tag ${tag} would overwrite the models page, ${MODELS_PAGE}: rename the tag`);
    const sorted = sections.sort();
    pages[`${tag}.md`] = `${BANNER}# ${tag}\n\n${sorted.join('\n')}`;
    index.push(`- [${tag}](${tag}.md): ${sorted.map((text) => `\`${/^## (\S+)/.exec(text)?.[1]}\``).join(', ')}`);
  }
  index.push(
    `- [Models](${MODELS_PAGE}): ${modelNames(document)
      .map((name) => modelLink(name))
      .join(', ')}`,
  );
  pages[MODELS_PAGE] = renderModelsPage(document, BANNER);
  pages['README.md'] = `${BANNER}${index.join('\n')}\n`;
  return pages;
}

export async function writeApiDocs(specFile: string, outDir: string, parsed?: Promise<OpenApiDocument>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(await renderApiDocs(specFile, parsed))) await writeFile(join(outDir, name), text);
}
