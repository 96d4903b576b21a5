/**
 * The one owner of the secrets list (app key, partner secret, tokens) and of the
 * rule that keeps them out of everything this package shows: error messages,
 * bodies, headers, causes, stacks and log lines.
 *
 * A server may echo a secret back in another spelling, so each secret is matched
 * in every spelling it can take on the way: as is, JSON-escaped (`\/`, `\u002B`),
 * percent-encoded (either hex case, `+` for a space), any mix of those, and base64
 * (standard and URL-safe, at each of the three byte alignments).
 */

export const REDACTED = '[redacted]';

/** Secrets shorter than this are refused: replacing one or two letters everywhere garbles text and hides nothing. */
export const MIN_SECRET_LENGTH = 8;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function percentForms(character: string): string {
  const bytes = new TextEncoder().encode(character);
  return [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

/** A pattern for one character in any of the spellings above (percent forms match either hex case). */
function characterPattern(character: string): string {
  // JSON escapes spell a character beyond the BMP as two \u escapes, one per UTF-16 unit.
  const jsonEscape = Array.from(
    { length: character.length },
    (_, index) => `\\\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`,
  ).join('');
  const alternatives = [escapeRegExp(character), jsonEscape, percentForms(character)];
  if (character === '/') alternatives.push('\\\\/');
  if (character === '"') alternatives.push('\\\\"');
  if (character === '\\') alternatives.push('\\\\\\\\');
  if (character === ' ') alternatives.push('\\+');
  return `(?:${alternatives.join('|')})`;
}

/** The base64 runs that appear inside any base64 text containing `secret`, whatever its offset. */
function base64Forms(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = btoa(String.fromCharCode(...padded)).replace(/=+$/, '');
    // Drop the characters that also depend on the filler bytes before or after the secret.
    const start = offset === 0 ? 0 : Math.ceil((offset * 8) / 6);
    const end = Math.floor(((offset + bytes.length) * 8) / 6);
    const run = encoded.slice(start, end);
    if (run.length >= MIN_SECRET_LENGTH) {
      forms.push(run, run.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return forms;
}

function patternFor(secret: string): RegExp {
  const spelled = [...secret].map(characterPattern).join('');
  const encoded = base64Forms(secret).map(escapeRegExp);
  return new RegExp([spelled, ...encoded].join('|'), 'gi');
}

/** Holds the secrets of one client and removes them from anything shown. */
export class Redactor {
  readonly #patterns = new Map<string, RegExp>();

  constructor(secrets: readonly string[] = []) {
    for (const secret of secrets) this.add(secret);
  }

  add(secret: string): void {
    if (secret.length > 0 && !this.#patterns.has(secret)) this.#patterns.set(secret, patternFor(secret));
  }

  remove(secret: string): void {
    this.#patterns.delete(secret);
  }

  /** `text` with every spelling of every secret replaced by `[redacted]`. */
  text(text: string): string {
    let safe = text;
    for (const pattern of this.#patterns.values()) safe = safe.replace(pattern, REDACTED);
    return safe;
  }

  /** A copy of a parsed JSON value (or any plain data) with every string redacted, keys included. */
  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [this.text(key), this.value(item)]));
    }
    return value;
  }

  /** A copy of response headers with every value redacted. */
  headers(headers: Headers): Headers {
    const safe = new Headers();
    headers.forEach((value, name) => {
      safe.append(name, this.text(value));
    });
    return safe;
  }

  /**
   * A stand-in for an error from below (a network error, a parser's error): same name,
   * code and message, redacted, with its causes treated the same way. The original
   * is dropped, since its own fields (raw bytes, sockets) may hold a secret.
   */
  cause(error: unknown, depth = 0): Error {
    if (!(error instanceof Error)) return new Error(this.text(String(error)));
    const causeOf = depth < 4 && error.cause !== undefined ? { cause: this.cause(error.cause, depth + 1) } : undefined;
    const copy = new Error(this.text(error.message), causeOf);
    copy.name = error.name;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
    copy.stack = `${copy.name}: ${copy.message}`;
    return copy;
  }
}
