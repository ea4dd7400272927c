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
  const pick = (s: TitleYear["state"]): number[] => list.filter((t) => t.state === s).map((t) => t.year);
  return {
    title,
    years: list,
    counted: pick("counted"),
    pending: pick("pending"),
    absent: pick("absent"),
    reset: pick("reset"),
    cells: sortCells(list.flatMap((t) => t.cells)),
  };
}
