/**
 * Titles counted over a run of years (R4, R5, R6, R7): each year is counted, pending (Y's own decision is
 * pending), absent, or reset (R8), per domain.md "How titles are counted".
 */
import type { Title } from "../../schema/enums";
import type { CellKey } from "../cell-keys";
import { titleInYearOf, type TitleYear } from "../facts";
import type { Decision } from "../types";
import type { PersonCtx } from "./person";

export interface TitleYears {
  readonly title: Title;
  readonly years: ReadonlyArray<TitleYear>;
  readonly counted: ReadonlyArray<number>;
  readonly pending: ReadonlyArray<number>;
  readonly absent: ReadonlyArray<number>;
  readonly reset: ReadonlyArray<number>;
  readonly cells: ReadonlyArray<CellKey>;
}

/** The title in each of `years`, with Y's own decision `own` (eligible or recorded counts for Y). */
export function titleYears(p: PersonCtx, title: Title, years: ReadonlyArray<number>, own: Decision | undefined): TitleYears {
  // The same years are asked by several rules (R4, R6, R7 all count CSTDCS): each year worked out once per person.
  let memo: PersonCtx["titleYears"][number] | undefined;
  for (const m of p.titleYears) if (m.title === title && m.own === own) memo = m;
  if (!memo) p.titleYears.push((memo = { title, own, years: [] }));
  // Two passes over the few years: the lists are made at their size (a list grown by push reserves 17 places).
  const n = years.length;
  const list = new Array<TitleYear>(n);
  let nCounted = 0;
  let nPending = 0;
  let nAbsent = 0;
  let nCells = 0;
  for (let i = 0; i < n; i++) {
    const y = years[i];
    const back = p.ctx.year - y;
    let t = back >= 0 && back <= 30 ? memo.years[back] : undefined;
    if (!t) {
      t = titleInYearOf(p.facts, p.ctx, p.awards, title, y, own, p.reset.year);
      if (back >= 0 && back <= 30) memo.years[back] = t;
    }
    list[i] = t;
    if (t.state === "counted") nCounted++;
    else if (t.state === "pending") nPending++;
    else if (t.state === "absent") nAbsent++;
    if (t.cells.length > 0) nCells++;
  }
  const counted = yearsIn(list, "counted", nCounted);
  const pending = yearsIn(list, "pending", nPending);
  const absent = yearsIn(list, "absent", nAbsent);
  const reset = yearsIn(list, "reset", n - nCounted - nPending - nAbsent);
  // Each year's cells are sorted already: merged (none or one list: as it is).
  let cells: ReadonlyArray<CellKey> = NO_CELLS;
  if (nCells === 1) {
    for (let i = 0; i < n; i++) if (list[i].cells.length > 0) cells = list[i].cells;
  } else if (nCells > 1) {
    const lists = new Array<ReadonlyArray<CellKey>>(nCells);
    for (let i = 0, c = 0; i < n; i++) if (list[i].cells.length > 0) lists[c++] = list[i].cells;
    cells = p.k.merge(lists);
  }
  return { title, years: list, counted, pending, absent, reset, cells };
}

const NO_CELLS: ReadonlyArray<CellKey> = [];
const NO_YEARS: ReadonlyArray<number> = [];

/** The years of the list in a state (`count` of them; none: a shared empty list, never written to). */
function yearsIn(list: ReadonlyArray<TitleYear>, state: TitleYear["state"], count: number): ReadonlyArray<number> {
  if (count === 0) return NO_YEARS;
  const out = new Array<number>(count);
  for (let i = 0, c = 0; i < list.length; i++) if (list[i].state === state) out[c++] = list[i].year;
  return out;
}
