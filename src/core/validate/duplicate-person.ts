/**
 * DUPLICATE_PERSON (warning): two codes for what looks like one person — the same name ignoring tone marks,
 * case and spaces, and the same birth date. The person with the smallest code is kept as the reference; every
 * other one is reported on its name cell (an order that does not depend on rows).
 */
import type { Issue } from "../issues";
import type { Person } from "../model";
import { matchKey } from "../text/fold";
import { formatDateVi } from "../text/parse-values";
import { cellIssue, codeKey, type ValidationContext } from "./context";

export function checkDuplicatePeople(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  // Only people who share a birth date with someone can share name and birth date: the names of the others are
  // not folded (folding is the costly part).
  const byBirth = new Map<string, number>();
  for (let iP = 0; iP < data.people.length; iP++) {
    const p = data.people[iP];
    if (p.code === "" || p.birthDate === null) continue;
    byBirth.set(p.birthDate, (byBirth.get(p.birthDate) ?? 0) + 1);
  }
  const groups = new Map<string, Person[]>();
  for (let iP = 0; iP < data.people.length; iP++) {
    const p = data.people[iP];
    if (p.code === "" || p.birthDate === null || (byBirth.get(p.birthDate) ?? 0) < 2) continue;
    const name = matchKey(p.name);
    if (name === "") continue;
    const k = `${name}|${p.birthDate}`;
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  const issues: Issue[] = [];
  for (const people of groups.values()) {
    // One entry per code (a repeated code is DUPLICATE_KEY, not another person).
    const byCode = new Map<string, Person>();
    for (const p of [...people].sort((a, b) => a.src.row - b.src.row)) if (!byCode.has(codeKey(p.code))) byCode.set(codeKey(p.code), p);
    if (byCode.size < 2) continue;
    const sorted = [...byCode.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1]);
    const first = sorted[0];
    for (const p of sorted.slice(1)) {
      issues.push(
        cellIssue(data, {
          code: "DUPLICATE_PERSON",
          sheet: "people",
          src: p.src,
          field: "name",
          message: {
            key: "issues.DUPLICATE_PERSON",
            params: { name: p.name, code: p.code, birthDate: formatDateVi(p.birthDate as string), otherCode: first.code, firstRow: first.src.row },
          },
          hint: { key: "hints.DUPLICATE_PERSON", params: { code: p.code, otherCode: first.code, firstRow: first.src.row } },
        }),
      );
    }
  }
  return issues;
}
