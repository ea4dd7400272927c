/**
 * R14 TTLDTT(Y) — Tập thể lao động tiên tiến: unit rating(Y) ≥ HTTNV ∧ share of members with LDTT(Y) ≥ 70 %
 * (parameter; legacy ND91 "trên 50 %", strictly above) ∧ no member disciplined with cảnh cáo or a more severe
 * form (parameter) during Y (a discipline period that overlaps Y; khiển trách does not exclude the unit).
 */
import { cellsOf, compareDiscipline, compareText, codeKey, decide, disciplinedInYear, disciplineSeverity, type Check } from "../../rules/facts";
import type { Discipline } from "../../model";
import type { Decision } from "../../rules/types";
import { DISCIPLINE_DOMAIN } from "../../schema/enums";
import { formatDateVi } from "../../text/parse-values";
import { codeList } from "../members";
import { sourceR14 } from "../sources";
import { holdCheck, membersCount, onHold, shareCheck, unitCheck, unitRatingCheck, type UnitCase } from "./unit-case";

export function disciplineCheck(c: UnitCase, rule: string, source: string): Check {
  const min = c.p.ttldttDisciplineForm;
  // Only members with a discipline row (few) are looked at.
  const found: Array<{ m: (typeof c.members)[number]; d: Discipline }> = [];
  for (let i = 0; i < c.members.length; i++) {
    const m = c.members[i];
    if (!c.facts.discipline.has(m.key)) continue;
    for (const d of disciplinedInYear(c.facts, c.ctx, m.person.code, c.ctx.year, min)) found.push({ m, d });
  }
  // The most severe, then the earliest, is named in the message (independent of row order).
  found.sort(
    (a, b) =>
      disciplineSeverity(b.d.form ?? "KHIEN_TRACH") - disciplineSeverity(a.d.form ?? "KHIEN_TRACH") ||
      compareDiscipline(a.d, b.d) ||
      compareText(codeKey(a.m.person.code), codeKey(b.m.person.code)),
  );
  const params = { year: c.ctx.year, least: DISCIPLINE_DOMAIN.labels[min] };
  if (found.length === 0) return unitCheck(c.facts.cells, rule, "pass", "ranking.r14.discipline.none", params, [], source);
  const first = found[0];
  const codes = [...new Set(found.map((f) => f.m.person.code))];
  return unitCheck(
    c.facts.cells,
    rule,
    "fail",
    "ranking.r14.discipline.found",
    {
      ...params,
      count: codes.length,
      codes: codeList(codes),
      form: first.d.form ? DISCIPLINE_DOMAIN.labels[first.d.form] : "?",
      from: first.d.from ? formatDateVi(first.d.from) : "?",
      to: first.d.to ? formatDateVi(first.d.to) : "…",
    },
    found.flatMap((f) => cellsOf(c.facts, f.d.src, ["form", "from", "to"])),
    source,
  );
}

export function decideTtldtt(c: UnitCase): Decision {
  const source = sourceR14(c.ctx.ruleSet);
  const ldtt = membersCount(c, "LDTT");
  return decide(
    "TTLDTT",
    [
      holdCheck(c),
      unitRatingCheck(c, "R14", "HTTNV", source),
      shareCheck(c.facts.cells, "R14", ldtt, c.p.ttldttShare, c.p.ttldttStrict, source),
      disciplineCheck(c, "R14", source),
    ],
    onHold(c),
  );
}
