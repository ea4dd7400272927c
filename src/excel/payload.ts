/**
 * Request sizes. Excel on the web refuses requests and responses above 5 MB, so reads and writes are cut
 * into chunks of at most ~4 MB of JSON (values included), leaving room for the request's own overhead.
 */
export const CHUNK_BUDGET_BYTES = 4_000_000;

/** UTF-8 length of a string, without allocating. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON (as Office.js sends it). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/** Splits rows into consecutive runs of at most `budget` bytes each (a row larger than the budget is alone). */
export function planRowChunks(rowBytes: ReadonlyArray<number>, budget = CHUNK_BUDGET_BYTES): Array<{ start: number; count: number }> {
  const chunks: Array<{ start: number; count: number }> = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < rowBytes.length; i++) {
    if (i > start && size + rowBytes[i] > budget) {
      chunks.push({ start, count: i - start });
      start = i;
      size = 0;
    }
    size += rowBytes[i];
  }
  if (rowBytes.length > start) chunks.push({ start, count: rowBytes.length - start });
  return chunks;
}

/**
 * Packs pieces of work with known sizes into requests of at most `budget` bytes, in order; a piece larger than
 * the budget goes alone.
 */
export function packRequests<T extends { readonly bytes: number }>(pieces: ReadonlyArray<T>, budget = CHUNK_BUDGET_BYTES, firstRequestBytes = 0): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let size = firstRequestBytes;
  for (const p of pieces) {
    if (current.length > 0 && size + p.bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
