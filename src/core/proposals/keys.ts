/** Case-insensitive keys for codes (workbook.md: codes are trimmed, comparison ignores case). */
import type { Title } from "../schema/enums";

export function codeKey(code: string): string {
  return code.trim().toLowerCase();
}

/** The key of a proposal in a list of approvals: "subject|title" (subject case-insensitive). */
export function proposalKey(subject: string, title: Title | string): string {
  return `${codeKey(subject)}|${String(title).trim().toUpperCase()}`;
}

/** Normalises a caller's set of "subject|title" keys to the form `proposalKey` gives. */
export function normaliseKeys(keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) {
    const i = k.lastIndexOf("|");
    if (i < 0) continue;
    out.add(proposalKey(k.slice(0, i), k.slice(i + 1)));
  }
  return out;
}
