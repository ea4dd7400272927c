/**
 * Vietnamese-aware text folding for matching names, headers, codes and enum values:
 * case, diacritics (NFC or NFD), "Đ/đ", repeated spaces and punctuation do not matter.
 */
import { boundedMemo } from "../memo";

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Removes tone and vowel marks: "Đồng Khởi" → "Dong Khoi". */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/**
 * Folds a label to words: lowercase, no diacritics, punctuation as spaces, single spaces, trimmed.
 * "  Mã  cán bộ:" → "ma can bo".
 */
export function foldWords(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Folds a label to a compact key with spaces and punctuation removed: "CSTĐ cơ sở" → "cstdcoso". */
export function matchKey(text: string): string {
  return foldWords(text).replace(/ /g, "");
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Characters of a text `closest` compares. */
const CLOSEST_MAX_CHARS = 80;

/** Folded candidates: the same lists (enum spellings, labels, codes) are compared again and again. */
const candidateKey = boundedMemo(matchKey, 50_000);

/**
 * The candidates closest to `text` (folded comparison), best first; ties keep the candidates' order.
 * Returns at most `limit` items.
 */
export function closest(text: string, candidates: ReadonlyArray<string>, limit = 1): string[] {
  // A hint compares the first characters only: edit distance is quadratic and a cell may hold 30 000.
  const key = matchKey(text.length > CLOSEST_MAX_CHARS ? text.slice(0, CLOSEST_MAX_CHARS) : text).slice(0, CLOSEST_MAX_CHARS);
  const scored = candidates.map((c, i) => {
    const ck = candidateKey(c);
    let d = editDistance(key, ck);
    if (key.length > 0 && (ck.startsWith(key) || key.startsWith(ck))) d = Math.min(d, Math.abs(ck.length - key.length) / 2);
    return { c, d, i };
  });
  scored.sort((x, y) => x.d - y.d || x.i - y.i);
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.c)) out.push(s.c);
    if (out.length >= limit) break;
  }
  return out;
}
