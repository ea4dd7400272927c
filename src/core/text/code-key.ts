/** The comparison form of a code: trimmed, uppercase (`CB001` = `cb001`, `CB001` ≠ `CB1`). */
export function codeKey(code: string): string {
  // Most codes are in that form already (ASCII, no lowercase, nothing to trim): checked without a copy.
  const n = code.length;
  for (let i = 0; i < n; i++) {
    const c = code.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 97 && c <= 122)) return code.trim().toUpperCase();
  }
  return code;
}
