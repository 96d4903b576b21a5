/**
 * The one owner of the secrets list (app key, partner secret, tokens) and of the
 * rule that keeps them out of everything this package shows: error messages,
 * bodies, headers (names and values), causes, stacks and log lines.
 *
 * A server may echo a secret back in another spelling, so each secret is looked for
 * in up to four readings of a text: as it is; JSON-unescaped (`\/`, `\"`, `\u002B`, …);
 * percent-decoded (either hex case, `+` for a space, UTF-8); and both at once, which
 * covers any mix of those spellings. In each reading it is looked for as is and as
 * base64 (standard and URL-safe, at each of the three byte alignments), ignoring ASCII
 * case, and so is its form without leading or trailing white space, since fetch sends
 * header values trimmed. A secret whose own characters look like escapes (`%41`,
 * `\u0041`) is found as is and in a single spelling, not in a mix that decodes them.
 *
 * The work is linear in the text: each reading is built in one pass and searched with
 * `indexOf`, overlapping echoes included; the only regular expressions that see the
 * text are single character classes, which cannot backtrack. Any secret length works.
 */

import { toBase64Url } from './base64url.js';

export const REDACTED = '[redacted]';

/** What replaces a secret in a header name: `[` and `]` cannot appear in one. */
const REDACTED_IN_NAME = 'redacted';

/** Secrets shorter than this are refused: replacing one or two letters everywhere garbles text and hides nothing. */
export const MIN_SECRET_LENGTH = 8;

/** What `Redactor.isClean` remembers: texts up to this long (a header value, not a body)… */
export const MAX_REMEMBERED_CLEAN_LENGTH = 256;
/** …and this many of them, forgotten all at once when full. */
export const MAX_REMEMBERED_CLEAN_TEXTS = 64;

/** One string to look for, with its smallest period, which finds overlapping echoes in linear time. */
interface Needle {
  text: string;
  period: number;
}

/** The needles of every secret held, and what deciding which readings a text needs takes from them. */
interface NeedleSet {
  all: Needle[];
  /** Some needle has a space, which `+` may stand for in a percent-encoded text. */
  plusIsSpace: boolean;
  /** The needles that a percent decoding, or a JSON decoding, would change: only these need a reading with one decoding alone. */
  changedByPercent: Needle[];
  changedByJson: Needle[];
}

/** A reading of a text: the decoded text, case-folded, and where its escapes were, to map a match back. */
interface Reading {
  text: string;
  /** Per decoded escape, four numbers: its start and length in the reading, its start and length in the original. */
  escapes: readonly number[];
  /** The needles to look for in it: all, or those the reading with both decodings would miss. */
  needles: Needle[];
}

/** The base64 runs that appear inside any base64 text containing `secret`, whatever its offset. */
function base64Forms(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const runs = [0, 1, 2].map((offset) => {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    // Drop the characters that also depend on the filler bytes before or after the secret.
    return toBase64Url(padded).slice(Math.ceil((offset * 8) / 6), Math.floor(((offset + bytes.length) * 8) / 6));
  });
  // A short run (from a short token) would turn up by chance in any base64 text.
  return runs.filter((run) => run.length >= MIN_SECRET_LENGTH).flatMap((run) => [run.replace(/-/g, '+').replace(/_/g, '/'), run]);
}

const isHttpWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** `text` without the white space fetch strips from a header value before sending it. */
function trimHttpWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  // Outside the text, charCodeAt is NaN, which is not white space: both loops stop there.
  while (isHttpWhitespace(text.charCodeAt(start))) start++;
  while (isHttpWhitespace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Lower-cases A–Z only: unlike a full Unicode lower-casing, it keeps every length and position. */
function foldCase(text: string): string {
  // Stryker disable next-line Regex: `[A-Z]` for `[A-Z]+` lower-cases the same letters, one at a time.
  return /[^\0-\x7f]/.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text.toLowerCase();
}

/** The smallest p with text[i] === text[i + p] throughout: the length less the longest proper border, as KMP finds it. */
function smallestPeriod(text: string): number {
  const border = [0];
  for (let index = 1, length = 0; index < text.length; index++) {
    while (length > 0 && text[index] !== text[length]) length = border[length - 1]!;
    if (text[index] === text[length]) length++;
    border.push(length);
  }
  return text.length - border.at(-1)!;
}

/** Every string that stands for `secret`, once decoded: it, its trimmed form, and their base64 runs. */
function needlesFor(secret: string): Needle[] {
  const forms = new Set([secret]);
  const trimmed = trimHttpWhitespace(secret);
  // A trimmed form too short to be a secret would only garble text.
  if (trimmed.length >= MIN_SECRET_LENGTH) forms.add(trimmed);
  const texts = new Set([...forms].flatMap((form) => [form, ...base64Forms(form)]).map(foldCase));
  return [...texts].map((text) => ({ text, period: smallestPeriod(text) }));
}

function needleSetOf(needles: Needle[]): NeedleSet {
  // Stryker disable next-line StringLiteral: `+` read as a space where no needle has one changes no place a needle can match.
  const plusIsSpace = needles.some((needle) => needle.text.includes(' '));
  return {
    all: needles,
    plusIsSpace,
    // Broader sets (what Stryker makes of these two filters but the arrow) only search more readings, which find the same echoes.
    // Stryker disable next-line StringLiteral,ConditionalExpression,LogicalOperator,MethodExpression
    changedByPercent: needles.filter(({ text }) => text.includes('%') || (plusIsSpace && text.includes('+'))),
    // Stryker disable next-line StringLiteral,MethodExpression
    changedByJson: needles.filter(({ text }) => text.includes('\\')),
  };
}

/** Each hex digit, either case, and its value. */
const HEX_DIGITS = new Map(
  [...'0123456789abcdef'].flatMap((digit, value) => [
    [digit, value],
    [digit.toUpperCase(), value],
  ]),
);

/** The value of `digits` hex digits at `index`, if that is what is there. */
function hexAt(text: string, index: number, digits: number): number | undefined {
  let value = 0;
  for (let at = index; at < index + digits; at++) {
    // Past the end, charAt gives '', which is no digit.
    const digit = HEX_DIGITS.get(text.charAt(at));
    if (digit === undefined) return undefined;
    value = value * 16 + digit;
  }
  return value;
}

const JSON_SHORT_ESCAPES = new Map(Object.entries({ '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }));

/** The JSON escape at `index` (a backslash): what it stands for and how long it is, if it is one. */
function jsonEscapeAt(text: string, index: number): [decoded: string, length: number] | undefined {
  const next = text.charAt(index + 1);
  if (next === 'u') {
    const unit = hexAt(text, index + 2, 4);
    return unit === undefined ? undefined : [String.fromCharCode(unit), 6];
  }
  const short = JSON_SHORT_ESCAPES.get(next);
  return short === undefined ? undefined : [short, 2];
}

/**
 * The UTF-8 lead byte's sequence length and the smallest code point such a sequence may
 * carry. No lead past F4 starts a sequence; C0 and C1 could only start overlong forms.
 */
function utf8Sequence(lead: number): [length: number, minimum: number] | undefined {
  if (lead > 0xf4) return undefined;
  if (lead >= 0xf0) return [4, 0x10000];
  if (lead >= 0xe0) return [3, 0x800];
  if (lead >= 0xc2) return [2, 0x80];
  return undefined;
}

/** The percent escape at `index` (`%XX`, a UTF-8 run of them, or `+` for a space if it may be one), if it is one. */
function percentEscapeAt(text: string, index: number, plusIsSpace: boolean): [decoded: string, length: number] | undefined {
  if (text.charCodeAt(index) === 0x2b) return plusIsSpace ? [' ', 1] : undefined;
  // Otherwise `index` is at a `%`: ESCAPE_STARTS found it.
  const lead = hexAt(text, index + 1, 2);
  if (lead === undefined) return undefined;
  if (lead < 0x80) return [String.fromCharCode(lead), 3];
  const sequence = utf8Sequence(lead);
  if (!sequence) return undefined;
  const [length, minimum] = sequence;
  let codePoint = lead & (0xff >> (length + 1));
  for (let byte = 1; byte < length; byte++) {
    const at = index + 3 * byte;
    if (text.charAt(at) !== '%') return undefined;
    const continuation = hexAt(text, at + 1, 2);
    if (continuation === undefined || continuation < 0x80 || continuation > 0xbf) return undefined;
    codePoint = (codePoint << 6) | (continuation & 0x3f);
  }
  const valid = codePoint >= minimum && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return valid ? [String.fromCodePoint(codePoint), 3 * length] : undefined;
}

/** Where an escape may start: a backslash (JSON), `%` or `+` (percent), or any of them. */
const ESCAPE_STARTS = { json: /\\/g, percent: /[%+]/g, both: /[\\%+]/g };

/** `text` with its JSON escapes, its percent escapes, or both decoded, in one pass. */
function decodedReading(text: string, decode: keyof typeof ESCAPE_STARTS, plusIsSpace: boolean, needles: Needle[]): Reading {
  const pieces: string[] = [];
  const escapes: number[] = [];
  let length = 0;
  let plainFrom = 0;
  const starts = ESCAPE_STARTS[decode];
  starts.lastIndex = 0;
  for (let found = starts.exec(text); found !== null; found = starts.exec(text)) {
    const index = found.index;
    const decoding = text.charCodeAt(index) === 0x5c ? jsonEscapeAt(text, index) : percentEscapeAt(text, index, plusIsSpace);
    if (!decoding) continue;
    const [decoded, originalLength] = decoding;
    pieces.push(text.slice(plainFrom, index), decoded);
    length += index - plainFrom;
    escapes.push(length, decoded.length, index, originalLength);
    length += decoded.length;
    plainFrom = index + originalLength;
    starts.lastIndex = plainFrom;
  }
  pieces.push(text.slice(plainFrom));
  return { text: foldCase(pieces.join('')), escapes, needles };
}

/** A decoded reading worth building: which escapes it decodes, and which needles of the set are looked for in it. */
export type Decoding = [decode: keyof typeof ESCAPE_STARTS, needles: 'all' | 'changedByPercent' | 'changedByJson'];

/**
 * The decoded readings a text needs besides itself: decoding only where the text has
 * something to decode, and `+` only when some secret has a space it could stand for.
 * When both decodings apply, the reading with both covers each one alone, except for
 * needles that the other decoding would change (a secret with `%41` in it, JSON-escaped).
 */
export function decodingsFor(text: string, plusIsSpace: boolean): readonly Decoding[] {
  const json = text.includes('\\');
  const percent = text.includes('%') || (plusIsSpace && text.includes('+'));
  if (json && percent) return BOTH_DECODINGS;
  if (json) return JSON_DECODING;
  if (percent) return PERCENT_DECODING;
  return NO_DECODING;
}

// Shared answers: redaction runs on every call's headers, which need none of them.
const BOTH_DECODINGS: readonly Decoding[] = [
  ['both', 'all'],
  ['json', 'changedByPercent'],
  ['percent', 'changedByJson'],
];
const JSON_DECODING: readonly Decoding[] = [['json', 'all']];
const PERCENT_DECODING: readonly Decoding[] = [['percent', 'all']];
const NO_DECODING: readonly Decoding[] = [];

function readingsOf(text: string, needles: NeedleSet): Reading[] {
  const readings: Reading[] = [{ text: foldCase(text), escapes: [], needles: needles.all }];
  for (const [decode, wanted] of decodingsFor(text, needles.plusIsSpace))
    readings.push(decodedReading(text, decode, needles.plusIsSpace, needles[wanted]));
  return readings;
}

/** Where position `at` of a reading is in the original text (an escape maps to its start, or past its end). */
function originalOffset({ escapes }: Reading, at: number): number {
  let low = 0;
  // Stryker disable next-line ArithmeticOperator: a bound past the last escape reads undefined there, which is never <= at: the same answer.
  let high = escapes.length / 4 - 1;
  let before = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    // Stryker disable next-line EqualityOperator: an escape starting at `at` maps it to the escape's original start, counted from either side.
    if (escapes[4 * middle]! <= at) {
      before = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (before < 0) return at;
  const start = escapes[4 * before]!;
  const length = escapes[4 * before + 1]!;
  const originalStart = escapes[4 * before + 2]!;
  return at < start + length ? originalStart : originalStart + escapes[4 * before + 3]! + (at - start - length);
}

/** Adds to `spans` (original offsets, in pairs) every place `needle` occurs in `reading`, overlaps included. */
function findEchoes(reading: Reading, { text, period }: Needle, spans: number[]): void {
  for (let from = 0; ; ) {
    const start = reading.text.indexOf(text, from);
    if (start < 0) return;
    // Only after a match: most texts hold none, and this runs for every needle.
    const tail = text.slice(text.length - period);
    // An echo one period later overlaps this one, so only its last `period` characters need checking.
    let last = start;
    while (reading.text.startsWith(tail, last + text.length)) last += period;
    spans.push(originalOffset(reading, start), originalOffset(reading, last + text.length));
    // Any other overlapping echo starts more than one period later.
    from = last + period + 1;
  }
}

/**
 * `text` with each span (pairs of offsets, none empty: a needle is longer than any
 * escape decodes to) replaced; overlapping or touching spans are merged and replaced once.
 */
function replaceSpans(text: string, spans: number[], replacement: string): string {
  const pairs: [number, number][] = [];
  for (let index = 0; index < spans.length; index += 2) pairs.push([spans[index]!, spans[index + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of pairs) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const pieces: string[] = [];
  let done = 0;
  for (const [start, end] of merged) {
    pieces.push(text.slice(done, start), replacement);
    done = end;
  }
  pieces.push(text.slice(done));
  return pieces.join('');
}

/**
 * Holds the secrets of one client and removes them from anything shown.
 *
 * Two kinds of secret. Permanent ones, given to the constructor (the app key, the
 * partner secret, a fixed token), stay for the Redactor's life. Temporary ones (issued
 * tokens) are counted: each `add` needs its own `remove`, so a token added twice stays
 * until removed twice. Adding a permanent secret changes nothing, so `remove` never drops
 * one, even when a token is the same string (a server that issues the app key as the token).
 *
 * What bounds the list: the permanent secrets (three at most) plus the temporary ones
 * added and not yet removed. The token source removes each token it replaces except the
 * one before the current (calls in flight may still carry it): two at most.
 */
export class Redactor {
  readonly #permanent: ReadonlySet<string>;
  readonly #temporary = new Map<string, number>();
  readonly #needlesBySecret = new Map<string, Needle[]>();
  /** Every needle of every secret, or undefined after a change. */
  #needles: NeedleSet | undefined;
  /** Short texts found clean against the needles of the moment (`isClean`); emptied with every change of secrets. */
  readonly #clean = new Set<string>();

  constructor(permanent: readonly string[]) {
    this.#permanent = new Set(permanent.filter((secret) => secret.length > 0));
    for (const secret of this.#permanent) this.#needlesBySecret.set(secret, needlesFor(secret));
  }

  /** Adds a temporary secret (a token), or counts one more use of it. */
  add(secret: string): void {
    // A permanent secret (a fixed token, added by every call) is held already: no count to keep.
    if (secret.length === 0 || this.#permanent.has(secret)) return;
    this.#temporary.set(secret, (this.#temporary.get(secret) ?? 0) + 1);
    // Every attempt adds its token: a secret already held keeps its needles and the combined set.
    const held = this.#needlesBySecret.size;
    this.#needlesBySecret.set(secret, this.#needlesBySecret.get(secret) ?? needlesFor(secret));
    // Stryker disable next-line ConditionalExpression: dropping the combined set on every add finds the same echoes, only slower; the comparison's own mutants stay.
    if (this.#needlesBySecret.size !== held) this.#forgetNeedles();
  }

  /** Undoes one `add`; the secret is forgotten after its last one, unless it is permanent. */
  remove(secret: string): void {
    const count = this.#temporary.get(secret);
    if (count === undefined) return;
    if (count > 1) {
      this.#temporary.set(secret, count - 1);
      return;
    }
    // Never a permanent secret: `add` counts none.
    this.#temporary.delete(secret);
    this.#needlesBySecret.delete(secret);
    this.#forgetNeedles();
  }

  /** After a change of secrets: the combined needles, and every text found clean against them, are out of date. */
  #forgetNeedles(): void {
    this.#needles = undefined;
    this.#clean.clear();
  }

  /** How many texts `isClean` remembers now (at most MAX_REMEMBERED_CLEAN_TEXTS). */
  get rememberedCleanTexts(): number {
    return this.#clean.size;
  }

  /**
   * Whether `text` holds no secret. Short texts found clean are remembered until the
   * secrets change: an answer's header values (content type, date, connection) mostly
   * repeat those of the answer before, and every success answer's headers are checked.
   */
  isClean(text: string): boolean {
    if (this.#clean.has(text)) return true;
    if (this.#echoes(text).length > 0) return false;
    if (text.length <= MAX_REMEMBERED_CLEAN_LENGTH) {
      if (this.#clean.size >= MAX_REMEMBERED_CLEAN_TEXTS) this.#clean.clear();
      this.#clean.add(text);
    }
    return true;
  }

  /** `text` with every spelling of every secret replaced by `[redacted]`. */
  text(text: string): string {
    return this.#redact(text, REDACTED);
  }

  /** Where each echo of a secret is in `text`: pairs of offsets. */
  #echoes(text: string): number[] {
    this.#needles ??= needleSetOf([...new Map([...this.#needlesBySecret.values()].flat().map((needle) => [needle.text, needle])).values()]);
    const spans: number[] = [];
    for (const reading of readingsOf(text, this.#needles)) for (const needle of reading.needles) findEchoes(reading, needle, spans);
    return spans;
  }

  #redact(text: string, replacement: string): string {
    const spans = this.#echoes(text);
    // Most texts hold no secret: they are handed back without a copy. Joining the text again would give the same string, only slower; the comparison's own mutant stays.
    // Stryker disable next-line ConditionalExpression
    return spans.length === 0 ? text : replaceSpans(text, spans, replacement);
  }

  /**
   * A copy of a parsed JSON value (or any plain data) with every string redacted, keys
   * included. Recursive: callers bound the depth first (`errorBody` does).
   */
  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [this.text(key), this.value(item)]));
    }
    return value;
  }

  /** A copy of response headers with every name and value redacted; a name keeps to the characters a name may have. */
  headers(headers: Headers): Headers {
    const safe = new Headers();
    headers.forEach((value, name) => {
      safe.append(this.#redact(name, REDACTED_IN_NAME), this.text(value));
    });
    return safe;
  }

  /**
   * A stand-in for an error from below (a network error, a parser's error): same name,
   * code and message, redacted, with its causes treated the same way. The original
   * is dropped, since its own fields (raw bytes, sockets) may hold a secret.
   */
  cause(error: unknown, depth = 0): Error {
    if (!(error instanceof Error)) return new Error(this.text(describeThrown(error)));
    const causeOf = depth < 4 && error.cause !== undefined ? { cause: this.cause(error.cause, depth + 1) } : undefined;
    const copy = new Error(this.text(error.message), causeOf);
    copy.name = error.name;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
    copy.stack = `${copy.name}: ${copy.message}`;
    return copy;
  }
}

/** `String(value)`, which throws for an object without a prototype or with a throwing `toString`. */
function describeThrown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return `a thrown ${typeof value} that cannot be shown`;
  }
}
