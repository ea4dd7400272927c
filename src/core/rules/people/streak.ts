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
  readonly counted: number[];
  readonly pending: number[];
  readonly absent: number[];
  readonly reset: number[];
  readonly cells: ReadonlyArray<CellKey>;
}

/** The title in each of `years`, with Y's own decision `own` (eligible or recorded counts for Y). */
export function titleYears(p: PersonCtx, title: Title, years: ReadonlyArray<number>, own: Decision | undefined): TitleYears {
  // The same years are asked by several rules (R4, R6, R7 all count CSTDCS): each year worked out once per person.
  let memo = p.titleYears.find((m) => m.title === title && m.own === own);
  if (!memo) p.titleYears.push((memo = { title, own, years: [] }));
  const list: TitleYear[] = [];
  const counted: number[] = [];
  const pending: number[] = [];
  const absent: number[] = [];
  const reset: number[] = [];
  const cells: Array<ReadonlyArray<CellKey>> = [];
  for (const y of years) {
    const back = p.ctx.year - y;
    let t = back >= 0 && back <= 30 ? memo.years[back] : undefined;
    if (!t) {
      t = titleInYearOf(p.facts, p.ctx, p.awards, title, y, own, p.reset.year);
      if (back >= 0 && back <= 30) memo.years[back] = t;
    }
    list.push(t);
    if (t.state === "counted") counted.push(t.year);
    else if (t.state === "pending") pending.push(t.year);
    else if (t.state === "absent") absent.push(t.year);
    else reset.push(t.year);
    if (t.cells.length > 0) cells.push(t.cells);
  }
  // Each year's cells are sorted already: merged.
  return { title, years: list, counted, pending, absent, reset, cells: p.k.merge(cells) };
}
