/**
 * R8 discipline resets streaks: years up to and including the year in which a discipline period ends do not
 * count towards any streak or window. Every form counts, khiển trách included (domain.md Settled details).
 */
import { formatDateVi } from "../../text/parse-values";
import type { CellKey } from "../cell-keys";
import { fixedCheck, makeCheck, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { PersonCtx } from "./person";

const FIELDS = ["form", "from", "to"];

/** R8 of everyone without discipline: one shared result. */
const NO_RESET: Check = fixedCheck("R8", "pass", { key: "rules.R8.none" }, SOURCES.R8);

/** R8 for a window [from, to] of `length` years: fails when the reset year falls inside (or after the start of) it. */
export function checkReset(p: PersonCtx, from: number, length: number): Check {
  const { year, latest, rows } = p.reset;
  if (rows.length === 0 && year === null) return NO_RESET;
  const cells: CellKey[] = [];
  for (const d of rows) p.k.push(cells, d.src, FIELDS);
  if (year === null || latest === null) return makeCheck(p.k, "R8", "pass", { key: "rules.R8.none" }, cells, SOURCES.R8);
  const params = { form: latest.form ?? "KHIEN_TRACH", to: latest.to ? formatDateVi(latest.to) : "", reset: year, from };
  if (year < from) return makeCheck(p.k, "R8", "pass", { key: "rules.R8.before", params }, cells, SOURCES.R8);
  const earliest = year + length;
  return makeCheck(
    p.k,
    "R8",
    "fail",
    { key: latest.to ? "rules.R8.reset" : "rules.R8.resetOpen", params },
    cells,
    SOURCES.R8,
    [{ key: "rules.fix.R8.earliest", params: { reset: year, year: earliest } }],
  );
}
