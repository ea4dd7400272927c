/**
 * Titles counted over a run of years (R4, R5, R6, R7): each year is counted, pending (Y's own decision is
 * pending), absent, or reset (R8), per domain.md "How titles are counted".
 */
import type { Title } from "../../schema/enums";
import { sortCells, titleInYear, type TitleYear } from "../facts";
import type { Decision } from "../types";
import type { PersonCtx } from "./person";

export interface TitleYears {
  readonly title: Title;
  readonly years: ReadonlyArray<TitleYear>;
  readonly counted: number[];
  readonly pending: number[];
  readonly absent: number[];
  readonly reset: number[];
  readonly cells: string[];
}

/** The title in each of `years`, with Y's own decision `own` (eligible or recorded counts for Y). */
export function titleYears(p: PersonCtx, title: Title, years: ReadonlyArray<number>, own: Decision | undefined): TitleYears {
  const list = years.map((y) => titleInYear(p.facts, p.ctx, p.person.code, title, y, own, p.reset.year));
  // One pass over the years (they are few; this runs for every person and title).
  const counted: number[] = [];
  const pending: number[] = [];
  const absent: number[] = [];
  const reset: number[] = [];
  const cells: string[] = [];
  for (const t of list) {
    if (t.state === "counted") counted.push(t.year);
    else if (t.state === "pending") pending.push(t.year);
    else if (t.state === "absent") absent.push(t.year);
    else reset.push(t.year);
    for (const c of t.cells) cells.push(c);
  }
  return { title, years: list, counted, pending, absent, reset, cells: sortCells(cells) };
}
