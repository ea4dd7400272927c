/**
 * Carrying reviews over to a new `Đề nghị` (pane re-ranking or `thidua rank --out`), and checking an existing
 * `Đề nghị` against the current data (`generate --approved-only`, the Rà soát tab).
 *
 * - Every review a person made (any review column filled in) is kept for the same (subject, title).
 * - A decided review (Đồng ý / Trả lại) keeps, in `Dấu dữ liệu`, the stamp of the facts it was made on. When the
 *   current decision's stamp differs, the row is stale: `Ghi chú hệ thống` names what changed (from the facts
 *   remembered in `Dữ kiện rà soát`) and the approval no longer counts — until someone reviews it again, which
 *   writes the current stamp. The stamp is not replaced on re-ranking, so staleness survives further rankings.
 * - A reviewed (subject, title) that is no longer among the proposals is kept at the end, marked so, never approved.
 * - Rows nobody reviewed are simply the new rows with the current stamp.
 */
import type { StampedDecision, FactsRecord } from "./data-stamp";
import { diffFacts, staleNote, type FactChange, type RenderMsg } from "./fact-changes";
import type { FactsStore } from "./facts-store";
import { proposalKey, type ProposalKey } from "./keys";
import type { ProposalRow, ProposalText } from "./proposal-sheet-read";
import { hasReview, NO_REVIEW, type Review } from "./review";

/** One row as the `Đề nghị` builder computes it from the current ranking (review columns not yet known). */
export interface NewProposalRow extends ProposalText {
  /** Current stamp (stampDecision). */
  readonly stamp: string;
  /** Current facts record behind `stamp`, stored in `Dữ kiện rà soát`. */
  readonly record?: FactsRecord;
}

export interface CarriedRow extends ProposalText {
  readonly review: Review;
  /** What `Dấu dữ liệu` shows: the reviewed stamp for a decided review, else the current stamp. */
  readonly stamp: string;
  /** The current decision's stamp (null when the ranking no longer has this subject and title). */
  readonly currentStamp: string | null;
  readonly systemNote: string;
  /** The facts changed since the review: its approval does not count. */
  readonly stale: boolean;
  readonly changes: ReadonlyArray<FactChange>;
  /** Reviewed before, but no longer among the proposals. */
  readonly orphan: boolean;
}

export interface CarryOverInput {
  /** The new proposals, in the order the builder wants them. */
  readonly next: ReadonlyArray<NewProposalRow>;
  /** Rows of the existing `Đề nghị` (readProposalSheet). */
  readonly previous: ReadonlyArray<ProposalRow>;
  /** Records of `Dữ kiện rà soát` (readFactsSheet). */
  readonly store: FactsStore;
  /** Every current decision's stamp (currentStamps), to name changes of proposals that left the list. */
  readonly current?: ReadonlyMap<ProposalKey, StampedDecision>;
  /** Renders the note in the workbook's language. */
  readonly render: RenderMsg;
}

export interface CarryOverResult {
  readonly rows: ReadonlyArray<CarriedRow>;
  /** What to write into `Dữ kiện rà soát`: records of every stamp the rows show or still need. */
  readonly store: ReadonlyMap<string, FactsRecord>;
  /** How many reviews were carried, and how many of them are stale. */
  readonly summary: { readonly carried: number; readonly stale: number; readonly orphans: number };
}

/** A review is decided when its state is not "waiting": Đồng ý, Trả lại, or a spelling the product does not know. */
export function isDecided(r: Review): boolean {
  return r.status !== "PENDING";
}

export function carryOverReviews(input: CarryOverInput): CarryOverResult {
  const previous = new Map<ProposalKey, ProposalRow>();
  for (const p of input.previous) previous.set(proposalKey(p.subject, p.title), p);
  const store = new Map<string, FactsRecord>();
  const keep = (stamp: string, record: FactsRecord | undefined | null): void => {
    if (stamp !== "" && record && !store.has(stamp)) store.set(stamp, record);
  };
  const rows: CarriedRow[] = [];
  const seen = new Set<ProposalKey>();
  let carried = 0;
  let stale = 0;

  for (const n of input.next) {
    const key = proposalKey(n.subject, n.title);
    if (seen.has(key)) continue;
    seen.add(key);
    const record = n.record ?? input.current?.get(key)?.record;
    keep(n.stamp, record);
    const p = previous.get(key);
    const base = { subject: n.subject, name: n.name, unit: n.unit, title: n.title, result: n.result, basis: n.basis, currentStamp: n.stamp, orphan: false };
    if (!p || !hasReview(p.review)) {
      rows.push({ ...base, review: NO_REVIEW, stamp: n.stamp, systemNote: "", stale: false, changes: [] });
      continue;
    }
    carried++;
    if (!isDecided(p.review) || p.stamp === n.stamp) {
      rows.push({ ...base, review: p.review, stamp: n.stamp, systemNote: "", stale: false, changes: [] });
      continue;
    }
    const before = p.stamp === "" ? null : input.store.get(p.stamp) ?? null;
    keep(p.stamp, before);
    let changes = diffFacts(before, record ?? null);
    if (changes.length === 0) changes = [{ kind: "unknown" }];
    stale++;
    rows.push({ ...base, review: p.review, stamp: p.stamp, systemNote: staleNote(changes, input.render), stale: true, changes });
  }

  let orphans = 0;
  for (const p of input.previous) {
    const key = proposalKey(p.subject, p.title);
    if (seen.has(key) || !hasReview(p.review)) continue;
    seen.add(key);
    carried++;
    orphans++;
    const now = input.current?.get(key) ?? null;
    const before = p.stamp === "" ? null : input.store.get(p.stamp) ?? null;
    keep(p.stamp, before);
    const changes = now ? diffFacts(before, now.record) : diffFacts(before, null);
    const gone = changes.some((c) => c.kind === "gone");
    const note = gone || changes.length === 0
      ? input.render({ key: "review.note.notProposed" })
      : input.render({ key: "review.note.notProposedChanged", params: { note: staleNote(changes, input.render) } });
    rows.push({
      subject: p.subject,
      name: p.name,
      unit: p.unit,
      title: p.title,
      result: p.result,
      basis: p.basis,
      review: p.review,
      stamp: p.stamp,
      currentStamp: now?.stamp ?? null,
      systemNote: note,
      stale: true,
      changes,
      orphan: true,
    });
  }
  return { rows, store, summary: { carried, stale: stale + orphans, orphans } };
}

/**
 * Checks the rows of an existing `Đề nghị` against the current data without rebuilding the list: each row's
 * current stamp comes from `current`; rows whose (subject, title) the ranking no longer has are orphans.
 */
export function reconcileReviews(
  previous: ReadonlyArray<ProposalRow>,
  store: FactsStore,
  current: ReadonlyMap<ProposalKey, StampedDecision>,
  render: RenderMsg,
): CarryOverResult {
  const next: NewProposalRow[] = [];
  for (const p of previous) {
    const now = current.get(proposalKey(p.subject, p.title));
    if (now) next.push({ subject: p.subject, name: p.name, unit: p.unit, title: p.title, result: p.result, basis: p.basis, stamp: now.stamp, record: now.record });
  }
  return carryOverReviews({ next, previous, store, current, render });
}

/**
 * The proposals that count as approved: Đồng ý, not stale, still proposed — as "SUBJECT|TITLE" keys, the set
 * `generate --approved-only` (and the pane's option) receives.
 */
export function approvedKeys(rows: ReadonlyArray<CarriedRow>): Set<ProposalKey> {
  const out = new Set<ProposalKey>();
  for (const r of rows) if (r.review.status === "APPROVED" && !r.stale && !r.orphan) out.add(proposalKey(r.subject, r.title));
  return out;
}
