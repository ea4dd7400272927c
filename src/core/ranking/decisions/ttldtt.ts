/**
 * R14 TTLDTT(Y) — Tập thể lao động tiên tiến: unit rating(Y) ≥ HTTNV ∧ share of members with LDTT(Y) ≥ 70 %
 * (parameter; legacy ND91 "trên 50 %", strictly above) ∧ no member disciplined with cảnh cáo or a more severe
 * form (parameter) during Y (a discipline period that overlaps Y; khiển trách does not exclude the unit).
 */
import type { Decision } from "../../rules/types";
import { DISCIPLINE_DOMAIN, DISCIPLINE_FORMS } from "../../schema/enums";
import { formatDateVi } from "../../text/parse-values";
import { cellsOf, codeKey } from "../cells";
import { atLeastAsSevere, overlapsYear } from "../facts";
import { countTitle } from "../members";
import { sourceR14 } from "../sources";
import { check, codeList, decide, type Check } from "./check";
import { holdCheck, shareCheck, unitRatingCheck, type UnitCase } from "./unit-case";

export function disciplineCheck(c: UnitCase, rule: string, source: string): Check {
  const min = c.p.ttldttDisciplineForm;
  const found = c.members.flatMap((m) =>
    c.facts
      .discipline(m.person.code)
      .filter((d) => d.form !== null && atLeastAsSevere(d.form, min) && overlapsYear(d, c.ctx.year))
      .map((d) => ({ m, d })),
  );
  // The most severe, then the earliest, is named in the message (independent of row order).
  found.sort(
    (a, b) =>
      DISCIPLINE_FORMS.indexOf(b.d.form ?? "KHIEN_TRACH") - DISCIPLINE_FORMS.indexOf(a.d.form ?? "KHIEN_TRACH") ||
      (a.d.from ?? "").localeCompare(b.d.from ?? "") ||
      codeKey(a.m.person.code).localeCompare(codeKey(b.m.person.code)),
  );
  const params = { year: c.ctx.year, least: DISCIPLINE_DOMAIN.labels[min] };
  if (found.length === 0) return check(rule, "pass", "ranking.r14.discipline.none", params, [], source);
  const first = found[0];
  return check(
    rule,
    "fail",
    "ranking.r14.discipline.found",
    {
      ...params,
      count: new Set(found.map((f) => f.m.person.code)).size,
      codes: codeList([...new Set(found.map((f) => f.m.person.code))]),
      form: first.d.form ? DISCIPLINE_DOMAIN.labels[first.d.form] : "?",
      from: first.d.from ? formatDateVi(first.d.from) : "?",
      to: first.d.to ? formatDateVi(first.d.to) : "…",
    },
    cellsOf(found.map((f) => [f.d.src, ["form", "from", "to"]] as const)),
    source,
  );
}

export function decideTtldtt(c: UnitCase): Decision {
  const source = sourceR14(c.ctx.ruleSet);
  const ldtt = countTitle(c.members, "LDTT", c.ctx.year, c.facts);
  return decide(
    "TTLDTT",
    [
      unitRatingCheck(c, "R14", "HTTNV", source),
      shareCheck("R14", ldtt, c.p.ttldttShare, c.p.ttldttStrict, source),
      disciplineCheck(c, "R14", source),
    ],
    holdCheck(c),
  );
}
