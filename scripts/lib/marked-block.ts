/**
 * A generated block inside a hand-written Markdown file, between two marker comments:
 * the bench's figures and the mutation score in CONTRIBUTING.md.
 */

/** Where the block lies in `markdown`: the offsets just after the begin marker's line and at the end marker. */
function blockBounds(markdown: string, begin: string, end: string): { start: number; end: number } {
  const beginAt = markdown.indexOf(begin);
  const endAt = markdown.indexOf(end);
  if (beginAt < 0 || endAt < beginAt) throw new Error(`the markers ${begin} … ${end} are missing or out of order`);
  return { start: beginAt + begin.length + 1, end: endAt };
}

/** The text between the markers. */
export function markedBlock(markdown: string, begin: string, end: string): string {
  const bounds = blockBounds(markdown, begin, end);
  return markdown.slice(bounds.start, bounds.end);
}

/** `markdown` with the text between the markers replaced by `block`. */
export function withMarkedBlock(markdown: string, begin: string, end: string, block: string): string {
  const bounds = blockBounds(markdown, begin, end);
  return `${markdown.slice(0, bounds.start)}${block}${markdown.slice(bounds.end)}`;
}
