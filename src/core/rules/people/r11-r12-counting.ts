/**
 * R11: streaks and windows count only công trạng titles/awards (đột xuất and chuyên đề never count).
 * R12: revoked titles/awards (Bị hủy) count nowhere.
 * These checks appear when a record of the title in the window was set aside; they fail when the rule that
 * needed the title failed and the excluded record's year is not counted otherwise.
 */
import type { Title } from "../../schema/enums";
import type { CellKey, CellKeys } from "../cell-keys";
import { makeCheck, yearList, type Check, type ExcludedBy } from "../facts";
import { SOURCES } from "../sources";
import type { TitleYears } from "./streak";

export function checkExclusions(k: CellKeys, t: TitleYears, dependentFailed: boolean): Check[] {
  const out: Check[] = [];
  let any = false;
  for (let i = 0; i < t.years.length && !any; i++) any = t.years[i].excluded.length > 0;
  if (!any) return out;
  for (const by of ["R11", "R12"] as const satisfies ReadonlyArray<ExcludedBy>) {
    const hits = t.years.flatMap((y) => y.excluded.filter((x) => x.by === by).map((x) => ({ year: y.year, state: y.state, award: x.award })));
    if (hits.length === 0) continue;
    const years = [...new Set(hits.map((h) => h.year))];
    const mattered = dependentFailed && hits.some((h) => h.state !== "counted");
    const cells = hits.flatMap((h) => k.push([], h.award.src, ["title", "kind", "status"]));
    out.push(exclusionCheck(k, by, t.title, years, hits[0].award.kind, mattered, cells));
  }
  return out;
}

export function exclusionCheck(k: CellKeys, by: ExcludedBy, title: Title, years: ReadonlyArray<number>, kind: string, mattered: boolean, cells: ReadonlyArray<CellKey>): Check {
  const params = { title, years: yearList(years), kind };
  if (by === "R11") return makeCheck(k, "R11", mattered ? "fail" : "pass", { key: "rules.R11.excluded", params }, cells, SOURCES.R11);
  return makeCheck(k, "R12", mattered ? "fail" : "pass", { key: "rules.R12.excluded", params }, cells, SOURCES.R12);
}
