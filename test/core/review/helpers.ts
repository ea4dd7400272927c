/** Builds `Đề nghị` rows from a ranking the way a sheet builder does, and types reviews into a written sheet. */
import type { CellValue, SheetGrid } from "../../../src/core/grid";
import type { TrackingData } from "../../../src/core/model";
import type { RankResult } from "../../../src/core/rules/types";
import {
  carryOverReviews,
  currentStamps,
  factsSheetValues,
  proposalKey,
  proposalSheetValues,
  PROPOSAL_COLUMNS,
  readFactsSheet,
  readProposalSheet,
  type CarryOverResult,
  type NewProposalRow,
  type ProposalField,
} from "../../../src/core/review";
import { render, translator } from "../../../src/i18n";

export const t = translator("vi");
export const renderVi = (m: Parameters<typeof render>[1]) => render(t, m);

export function nextRows(data: TrackingData, rank: RankResult): NewProposalRow[] {
  const stamps = currentStamps(data, rank);
  const out: NewProposalRow[] = [];
  for (const s of [...rank.people, ...rank.units]) {
    for (const d of s.decisions) {
      const st = stamps.get(proposalKey(s.code, d.title))!;
      out.push({ subject: s.code, name: s.name, unit: "unit" in s ? s.unit : s.code, title: d.title, result: d.status, basis: d.reasons.map((r) => r.rule).join(", "), stamp: st.stamp, record: st.record });
    }
  }
  return out;
}

/** One ranking: carries reviews from the given sheets (or none) and returns the new sheets as grids. */
export function rankInto(data: TrackingData, rank: RankResult, previous?: { proposals: SheetGrid; facts: SheetGrid }): { result: CarryOverResult; proposals: SheetGrid; facts: SheetGrid } {
  const prev = previous ? readProposalSheet(previous.proposals).rows : [];
  const store = previous ? readFactsSheet(previous.facts) : new Map();
  const result = carryOverReviews({ next: nextRows(data, rank), previous: prev, store, current: currentStamps(data, rank), render: renderVi });
  return {
    result,
    proposals: { name: "Đề nghị", values: proposalSheetValues(result.rows) },
    facts: { name: "Dữ kiện rà soát", values: factsSheetValues(result.store) },
  };
}

/** A person typing into the sheet: sets cells of the row of (subject, title) by field. */
export function typeInto(grid: SheetGrid, subject: string, title: string, cells: Partial<Record<ProposalField, CellValue>>): SheetGrid {
  const header = grid.values[0].map(String);
  const col = (f: ProposalField) => header.indexOf(PROPOSAL_COLUMNS.find((c) => c.field === f)!.header);
  const titleCol = col("title");
  const values = grid.values.map((r) => [...r]);
  const i = values.findIndex((r, n) => n > 0 && r[col("subject")] === subject && (r[titleCol] === title || String(r[titleCol]).length > 0 && proposalKey(subject, title) === proposalKey(String(r[col("subject")]), codeOf(String(r[titleCol])))));
  if (i < 0) throw new Error(`no row ${subject} ${title}`);
  for (const [f, v] of Object.entries(cells)) values[i][col(f as ProposalField)] = v as CellValue;
  return { ...grid, values };
}

import { matchEnum, TITLE_DOMAIN } from "../../../src/core/schema/enums";
function codeOf(text: string): string {
  return matchEnum(TITLE_DOMAIN, text) ?? text;
}

/** Moves columns around and adds an unknown one, as a person might in Excel. */
export function shuffleColumns(grid: SheetGrid, order: ReadonlyArray<number>): SheetGrid {
  return { ...grid, values: grid.values.map((r, i) => [i === 0 ? "Ghi chú của tôi" : "x", ...order.map((c) => r[c])]) };
}
