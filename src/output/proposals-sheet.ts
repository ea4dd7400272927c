/**
 * `Đề nghị` (the proposals to review) as a plain 2-D array, columns exactly as workbook.md lists them:
 * STT · Mã đối tượng · Tên · Đơn vị · Danh hiệu/Hình thức · Kết quả xét · Căn cứ · Trạng thái rà soát ·
 * Người rà soát · Thời gian rà soát · Ý kiến · Dấu dữ liệu · Ghi chú hệ thống.
 * One row per eligible or pending decision (people and units), grouped by title, eligible first, then by code.
 * New rows read "Chờ rà soát"; `Dấu dữ liệu` is the stamp of the facts the decision used (its reasons' cells
 * and their normalised values, the outcomes and the parameters of its rules: src/core/review/data-stamp.ts).
 * Reviews a person made in the input's `Đề nghị` are carried over for the same subject and title, and marked
 * when the facts changed since (src/core/review/carry-over.ts, issue 9); the facts behind every stamp go to
 * the hidden sheet `Dữ kiện rà soát`.
 * `Trạng thái rà soát` carries a drop-down of the three labels on its data rows, with a warning (not a stop)
 * alert, so the other spellings the reader accepts (Duyệt, Không đồng ý, Approved…) can still be typed.
 */
import type { WorkbookGrids } from "../core/grid";
import type { Issue } from "../core/issues";
import type { TrackingData } from "../core/model";
import {
  carryOverReviews,
  currentStamps,
  DATE_TIME_FORMAT,
  FACTS_COLUMNS,
  factsSheetValues,
  PROPOSAL_COLUMNS,
  proposalColumnIndex,
  proposalKey,
  proposalSheetValues,
  readFactsSheet,
  readProposalSheet,
  REVIEW_SHEETS,
  REVIEW_STATUS_LABELS,
  REVIEW_STATUSES,
  type CarryOverResult,
  type NewProposalRow,
  type StampedDecision,
  type ProposalKey,
} from "../core/review";
import { findGrid } from "../core/review/header-match";
import type { Decision, RankResult } from "../core/rules/types";
import { TITLES } from "../core/schema/enums";
import type { Translate } from "../i18n";
import { shortReasons, statusText, type OutputDropDown, type OutputSheet } from "./ranking-sheet";

export { DATE_TIME_FORMAT };

/** The statuses that make a proposal row. */
const PROPOSED: ReadonlyArray<Decision["status"]> = ["eligible", "pending"];

interface Candidate {
  readonly subject: string;
  readonly name: string;
  readonly unit: string;
  readonly decision: Decision;
}

function byCandidate(a: Candidate, b: Candidate): number {
  const ta = TITLES.indexOf(a.decision.title);
  const tb = TITLES.indexOf(b.decision.title);
  if (ta !== tb) return ta - tb;
  const sa = PROPOSED.indexOf(a.decision.status);
  const sb = PROPOSED.indexOf(b.decision.status);
  if (sa !== sb) return sa - sb;
  const ka = a.subject.toUpperCase();
  const kb = b.subject.toUpperCase();
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The proposals of a ranking (eligible or pending decisions), with their current stamps. */
export function newProposalRows(result: RankResult, stamps: ReadonlyMap<ProposalKey, StampedDecision>, t: Translate): NewProposalRow[] {
  const unitNames = new Map(result.units.map((u) => [u.code.trim().toUpperCase(), u.name]));
  const candidates: Candidate[] = [];
  for (const u of result.units) {
    for (const d of u.decisions) if (PROPOSED.includes(d.status)) candidates.push({ subject: u.code, name: u.name, unit: "", decision: d });
  }
  for (const p of result.people) {
    const unit = unitNames.get(p.unit.trim().toUpperCase()) ?? p.unit;
    for (const d of p.decisions) if (PROPOSED.includes(d.status)) candidates.push({ subject: p.code, name: p.name, unit, decision: d });
  }
  return candidates.sort(byCandidate).map((c) => {
    const stamped = stamps.get(proposalKey(c.subject, c.decision.title));
    return {
      subject: c.subject,
      name: c.name,
      unit: c.unit,
      title: c.decision.title,
      result: statusText(c.decision, t),
      basis: shortReasons(c.decision, t),
      stamp: stamped?.stamp ?? "",
      ...(stamped ? { record: stamped.record } : {}),
    };
  });
}

/**
 * The drop-down of `Trạng thái rà soát`: the three labels the sheet shows (the first spellings the reader
 * accepts), an input message, and a warning alert that lets a reviewer keep another spelling.
 */
export function reviewStatusDropDown(t: Translate): OutputDropDown {
  const values = REVIEW_STATUSES.map((s) => REVIEW_STATUS_LABELS[s]);
  const options = values.join(" / ");
  return {
    column: proposalColumnIndex("status"),
    values,
    promptTitle: t("review.dropDown.promptTitle"),
    prompt: t("review.dropDown.prompt", { options }),
    errorTitle: t("review.dropDown.errorTitle"),
    error: t("review.dropDown.error", { options }),
  };
}

export interface ProposalsInput {
  readonly result: RankResult;
  readonly data: TrackingData;
  /** The workbook ranked: its `Đề nghị` and `Dữ kiện rà soát` (if any) are read back for the carry-over. */
  readonly grids: WorkbookGrids;
  readonly t: Translate;
}

export interface ProposalsOutput {
  readonly sheet: OutputSheet;
  /** The hidden `Dữ kiện rà soát`: the facts behind every stamp the sheet shows. */
  readonly facts: OutputSheet;
  readonly carry: CarryOverResult;
  /** Warnings from reading the input's `Đề nghị` back (a row whose title cannot be read…). */
  readonly issues: ReadonlyArray<Issue>;
}

export function buildProposalsSheet(input: ProposalsInput): ProposalsOutput {
  const stamps = currentStamps(input.data, input.result);
  const next = newProposalRows(input.result, stamps, input.t);
  const previousGrid = findGrid(input.grids, REVIEW_SHEETS.proposals);
  const previous = previousGrid ? readProposalSheet(previousGrid) : { rows: [], issues: [] };
  const store = readFactsSheet(findGrid(input.grids, REVIEW_SHEETS.facts));
  const carry = carryOverReviews({
    next,
    previous: previous.rows,
    store,
    current: stamps,
    render: (m) => input.t(m.key, m.params),
  });
  return {
    sheet: {
      name: REVIEW_SHEETS.proposals,
      values: proposalSheetValues(carry.rows),
      widths: PROPOSAL_COLUMNS.map((c) => c.width),
      wrap: (["name", "unit", "title", "result", "basis", "comment", "systemNote"] as const).map(proposalColumnIndex),
      dateTimeColumns: [proposalColumnIndex("reviewedAt")],
      dropDowns: [reviewStatusDropDown(input.t)],
    },
    facts: {
      name: REVIEW_SHEETS.facts,
      values: factsSheetValues(carry.store),
      widths: FACTS_COLUMNS.map((c) => c.width),
      hidden: true,
    },
    carry,
    issues: previous.issues,
  };
}
