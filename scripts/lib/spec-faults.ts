/**
 * The words of a spec fault, the same in every script: YAML that does not parse, at
 * the line that breaks it (the second of two equal keys, the badly indented line), and
 * lint findings prefixed with the element they concern (the parameter, the property,
 * the operation, the `$ref` target).
 */
import type { Document, LineCounter, YAMLError } from 'yaml';

/** Where a fault is and what it is, before the file name is put in front. */
export interface FaultAt {
  line: number;
  column: number;
  rule: string;
  message: string;
}

const INDENTATION_CODES = new Set(['MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'BAD_INDENT']);

/** The first non-blank character of a line (1-based), and the line's text without its indentation. */
function lineStart(text: string, lineCounter: LineCounter, line: number): { column: number; content: string } {
  const offset = lineCounter.lineStarts[line - 1] ?? 0;
  const end = text.indexOf('\n', offset);
  const raw = text.slice(offset, end < 0 ? undefined : end);
  const content = raw.trimStart();
  return { column: raw.length - content.length + 1, content };
}

/** The key a duplicate repeats, and the line of its first occurrence in the same mapping. */
function firstOfDuplicate(document: Document, text: string, offset: number, lineCounter: LineCounter): string {
  const key = /^["']?([^:"'\n]+)/.exec(text.slice(offset))?.[1]?.trim() ?? '?';
  let first: number | undefined;
  // The mapping that holds the duplicate: its pairs are listed in order, so the first with this key came first.
  const visit = (node: unknown): void => {
    if (first !== undefined || !node || typeof node !== 'object') return;
    const items = (node as { items?: Array<{ key?: { value?: unknown; range?: number[] }; value?: unknown }> }).items;
    if (!items) return;
    if (items.some((pair) => pair.key?.range?.[0] === offset)) {
      first = items.find((pair) => pair.key?.value === key)?.key?.range?.[0];
      return;
    }
    for (const pair of items) {
      visit(pair.value);
      if (!pair.key) visit(pair);
    }
  };
  visit(document.contents);
  return first === undefined
    ? `duplicate key "${key}"`
    : `duplicate key "${key}" (the first is at line ${lineCounter.linePos(first).line})`;
}

/**
 * The first line, up to `last`, whose indentation fits no open level of the block
 * structure: a key deeper than the line before it opened, or shallower than its siblings.
 * The parser notices such a line only later (often at the next key), so its own position
 * misleads. Block scalars and continued plain scalars are passed over.
 */
export function misindentedLine(text: string, last: number): number | undefined {
  const lines = text.split('\n');
  const levels = [0];
  let opens = true;
  let scalarAbove: number | undefined;
  for (let index = 0; index < Math.min(last, lines.length); index++) {
    const content = lines[index]!.trimStart();
    const indent = lines[index]!.length - content.length;
    if (content === '' || content.startsWith('#')) continue;
    if (scalarAbove !== undefined && indent > scalarAbove) continue;
    scalarAbove = undefined;
    const top = levels.at(-1)!;
    const isKey = /^(- )?[^\s#'"][^:]*:( |$)/.test(content) || content.startsWith('- ');
    if (indent > top) {
      if (!opens) {
        if (isKey) return index + 1;
        continue; // a plain scalar continued on this line
      }
      levels.push(indent);
    } else {
      while (levels.at(-1)! > indent) levels.pop();
      if (levels.at(-1) !== indent) return index + 1;
    }
    if (content.startsWith('- ')) levels.push(indent + 2);
    opens = /:$/.test(content);
    if (/:\s*[|>][-+]?$/.test(content)) scalarAbove = indent;
  }
  return undefined;
}

/** One fault per place where the YAML does not parse: the parser's errors that start at one place are one fault. */
export function yamlFaults(text: string, document: Document, lineCounter: LineCounter): FaultAt[] {
  const byStart = new Map<number, YAMLError[]>();
  for (const error of document.errors as YAMLError[]) byStart.set(error.pos[0], [...(byStart.get(error.pos[0]) ?? []), error]);
  const faults = [...byStart.values()].map((errors): FaultAt => {
    const span = (error: YAMLError) => (error.linePos?.[1]?.line ?? 0) - (error.linePos?.[0].line ?? 0);
    const error = errors.reduce((widest, next) => (span(next) > span(widest) ? next : widest));
    const start = error.linePos?.[0] ?? { line: 1, col: 1 };
    if (error.code === 'DUPLICATE_KEY') {
      return { line: start.line, column: start.col, rule: 'yaml', message: firstOfDuplicate(document, text, error.pos[0], lineCounter) };
    }
    const misindented = INDENTATION_CODES.has(error.code) ? misindentedLine(text, start.line + span(error)) : undefined;
    if (misindented !== undefined) {
      const { column, content } = lineStart(text, lineCounter, misindented);
      return { line: misindented, column, rule: 'yaml', message: `bad indentation: "${content}" does not line up with the keys around it` };
    }
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { line: start.line, column: start.col, rule: 'yaml', message };
  });
  // Errors that start apart may still lead back to one line.
  return [...new Map(faults.map((fault) => [`${fault.line}:${fault.column}`, fault])).values()];
}

type Data = Record<string, unknown>;

const decode = (segment: string) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');

/** What a JSON pointer (`#/components/parameters/AccountStatus/description`) is about, in words; undefined when nothing better than the message. */
export function elementAt(data: Data, pointer: string | undefined): string | undefined {
  if (!pointer) return undefined;
  const segments = pointer.replace(/^#\/?/, '').split('/').filter(Boolean).map(decode);
  const nodes: unknown[] = [data];
  for (const segment of segments) nodes.push((nodes.at(-1) as Data | undefined)?.[segment]);
  // The innermost named element on the way: a `$ref`, a parameter, a property, an operation.
  for (let depth = segments.length; depth >= 1; depth--) {
    const node = nodes[depth] as Data | undefined;
    const parent = segments[depth - 2];
    if (typeof node?.$ref === 'string') return `$ref "${node.$ref}"`;
    if (segments[depth - 1] === '$ref' && typeof node === 'string') return `$ref "${node}"`;
    if (typeof node?.name === 'string' && typeof node.in === 'string') return `parameter "${node.name}" (${node.in})`;
    if (parent === 'properties') return `property "${segments[depth - 1]}"${schemaName(segments.slice(0, depth))}`;
    if (parent === 'schemas' && segments[0] === 'components') return `schema "${segments[depth - 1]}"`;
    if (segments[0] === 'paths' && depth === 3) {
      const id = (node as { operationId?: unknown } | undefined)?.operationId;
      return typeof id === 'string' ? `operation "${id}"` : `operation ${segments[2]!.toUpperCase()} ${segments[1]}`;
    }
  }
  return undefined;
}

function schemaName(segments: string[]): string {
  return segments[0] === 'components' && segments[1] === 'schemas' ? ` of schema "${segments[2]}"` : '';
}
