/**
 * Keeps a hand-formatted file's own lines where an edit through a parser did not touch
 * them. A YAML library re-emits a whole document in its own layout (line folding, for
 * one), so `npm run upstream -- --write` would otherwise rewrite lines it never changed
 * and hide the real change in the review diff.
 */

/** Index pairs of equal lines, in order: a longest common subsequence of `a` and `b`. */
export function matchLines(a: string[], b: string[]): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // Dynamic programming on what is left between the common head and tail: lengths of the
  // longest common subsequence of a[i..] and b[j..]. The spec's few thousand lines fit easily.
  const rows = endA - start;
  const cols = endB - start;
  const width = cols + 1;
  const table = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i * width + j] =
        a[start + i] === b[start + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let index = 0; index < start; index++) pairs.push([index, index]);
  for (let i = 0, j = 0; i < rows && j < cols; ) {
    if (a[start + i] === b[start + j]) {
      pairs.push([start + i, start + j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  for (let offset = 0; offset < a.length - endA; offset++) pairs.push([endA + offset, endB + offset]);
  return pairs;
}

/** For each line of `before`: its index in `after`, or -1 when deleted; and the lines of `after` inserted before each position. */
function editsBetween(before: string[], after: string[]): { kept: number[]; insertedBefore: string[][] } {
  const kept = new Array<number>(before.length).fill(-1);
  const insertedBefore = Array.from({ length: before.length + 1 }, () => [] as string[]);
  let next = 0;
  for (const [i, j] of [...matchLines(before, after), [before.length, after.length] as [number, number]]) {
    for (; next < j; next++) insertedBefore[i]!.push(after[next]!);
    next = j + 1;
    if (i < before.length) kept[i] = j;
  }
  return { kept, insertedBefore };
}

/**
 * `original` with the edits that turned `before` into `after`, where `before` is
 * `original` as the library re-emits it unchanged. Lines of `before` equal to lines of
 * `original` anchor the two; between anchors, the original's lines stay unless an edit
 * falls among them.
 */
export function keepUnchangedLines(original: string, before: string, after: string): string {
  const [a, b, c] = [original, before, after].map((text) => text.split('\n')) as [string[], string[], string[]];
  const { kept, insertedBefore } = editsBetween(b, c);
  const out: string[] = [];
  let [lastA, lastB] = [-1, -1];
  for (const [anchorA, anchorB] of [...matchLines(a, b), [a.length, b.length] as [number, number]]) {
    const [fromB, fromA] = [lastB + 1, lastA + 1];
    // Lines inserted at either end of the stretch go beside it; a deletion or an insertion within it touches it.
    let touchedInside = false;
    for (let position = fromB; position < anchorB; position++) {
      if (kept[position] === -1 || (position > fromB && insertedBefore[position]!.length > 0)) touchedInside = true;
    }
    if (touchedInside) {
      // An edit among reformatted lines: take the library's version of this stretch.
      for (let position = fromB; position < anchorB; position++) {
        out.push(...insertedBefore[position]!);
        if (kept[position] !== -1) out.push(b[position]!);
      }
    } else {
      if (anchorB > fromB) out.push(...insertedBefore[fromB]!);
      out.push(...a.slice(fromA, anchorA));
    }
    out.push(...insertedBefore[anchorB]!);
    if (anchorB < b.length && kept[anchorB] !== -1) out.push(a[anchorA]!);
    [lastA, lastB] = [anchorA, anchorB];
  }
  return out.join('\n');
}
