/**
 * `buildProposalSet`: tracking data + rank result + settings → the proposal set (cli.md `generate`).
 *  - `eligible` decisions for titles above the agency's own power → `upward` (Tờ trình + Danh sách);
 *  - `eligible` decisions for the agency's own titles (LDTT, CSTDCS, TTLDTT) → `own` (Biên bản + Danh sách);
 *  - `Thành tích` rows of year Y with `Đề nghị hình thức` → `adHoc` (Báo cáo thành tích đột xuất);
 *  - `pending` decisions → `pending` ("chưa đủ hồ sơ"), never proposed.
 */
import type { Msg } from "../issues";
import type { TrackingData } from "../model";
import type { Decision, RankResult } from "../rules/types";
import type { Title } from "../schema/enums";
import { knownSettings, type KnownSettings } from "../settings";
import { isoDate, yearOf, type IsoDate } from "../text/parse-values";
import { councilMinutes } from "./council";
import { awardHistory, groundsOf, indexFacts, isPerson, subjectInfo, unitResults } from "./facts";
import { codeKey, normaliseKeys, proposalKey } from "./keys";
import { isOwn, isUpward, titleLevel, TITLE_LEVEL_ORDER } from "./titles";
import type {
  AdHocProposal,
  AgencyInfo,
  AwardHistory,
  PendingEntry,
  Proposal,
  ProposalSet,
  ReviewState,
  SubjectInfo,
  SubjectKind,
  TitleCount,
  UnitResults,
} from "./types";
import { proposalWarnings } from "./warnings";

export interface ProposalInput {
  readonly data: TrackingData;
  readonly rank: RankResult;
  /** The date printed on the documents; see `defaultDocumentDate`. */
  readonly documentDate: IsoDate;
  /** Keys "subject|title" of the proposals whose `Trạng thái rà soát` is Đồng ý. */
  readonly approved?: ReadonlySet<string>;
  /** Keep only approved proposals (needs `approved`; an absent list approves nothing). */
  readonly approvedOnly?: boolean;
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
const date = (v: unknown): IsoDate | null => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/** The date the documents carry when the caller has no other: `Ngày tờ trình`, else `Ngày xét`, else 31/12 of Y. */
export function defaultDocumentDate(data: TrackingData, year: number): IsoDate {
  const k = knownSettings(data.settings);
  return date(k.submissionDate) ?? date(k.evaluationDate) ?? isoDate(year, 12, 31);
}

export function agencyInfo(k: KnownSettings): AgencyInfo {
  const distribution = Array.isArray(k.distribution) ? (k.distribution as ReadonlyArray<string>).map((s) => s.trim()).filter((s) => s !== "") : [];
  return {
    parentAgency: text(k.parentAgency),
    agency: text(k.agency),
    abbreviation: text(k.abbreviation),
    place: text(k.place),
    recipient: text(k.recipient),
    distribution,
    signer: text(k.signer),
    signerTitle: text(k.signerTitle),
    signAuthority: text(k.signAuthority),
    movement: text(k.movement),
    plan: text(k.plan),
    minutesNo: text(k.minutesNo),
    meetingDate: date(k.meetingDate),
    councilSecretary: text(k.councilSecretary),
    submissionNo: text(k.submissionNo),
  };
}

/** What a pending decision lacks: its near-miss facts, or else the texts of its rules with missing data. */
function missingOf(d: Decision): Msg[] {
  if (d.nearMiss.length > 0) return [...d.nearMiss];
  return d.reasons.filter((r) => r.outcome === "missing").map((r) => r.text);
}

function counts(proposals: ReadonlyArray<Proposal>): TitleCount[] {
  const out: TitleCount[] = [];
  for (const title of TITLE_LEVEL_ORDER) {
    const of = proposals.filter((p) => p.title === title);
    if (of.length === 0) continue;
    out.push({ title, persons: of.filter((p) => p.subjectKind === "person").length, units: of.filter((p) => p.subjectKind === "unit").length });
  }
  return out;
}

/** Units first, then people; by title level, then code. */
function byLevel<T extends { readonly title: Title; readonly subjectKind: SubjectKind; readonly subject: string }>(a: T, b: T): number {
  return (
    (a.subjectKind === b.subjectKind ? 0 : a.subjectKind === "unit" ? -1 : 1) ||
    titleLevel(a.title) - titleLevel(b.title) ||
    a.subject.localeCompare(b.subject)
  );
}

export function buildProposalSet(input: ProposalInput): ProposalSet {
  const { data, rank } = input;
  const year = rank.year;
  const ix = indexFacts(data, year);
  const known = knownSettings(data.settings);
  const agency = agencyInfo(known);
  const approved = input.approved ? normaliseKeys(input.approved) : null;
  const reviewOf = (subject: string, title: Title): ReviewState =>
    approved === null ? "unknown" : approved.has(proposalKey(subject, title)) ? "approved" : "not-approved";
  const kept = (review: ReviewState): boolean => !input.approvedOnly || review === "approved";
  let notApproved = 0;

  const decisionsByCode = new Map<string, ReadonlyArray<Decision>>();
  const rankNames = new Map<string, string>();
  for (const s of [...rank.people, ...rank.units]) {
    decisionsByCode.set(codeKey(s.code), s.decisions);
    rankNames.set(codeKey(s.code), s.name);
  }
  const decisionsOf = (code: string) => decisionsByCode.get(codeKey(code)) ?? [];

  const upward: Proposal[] = [];
  const own: Proposal[] = [];
  const pending: PendingEntry[] = [];
  // Subjects by their code as the data spell it; codes typed in another case elsewhere resolve to the same entry.
  const subjects: Record<string, SubjectInfo> = {};
  const byKey = new Map<string, SubjectInfo>();
  const remember = (code: string): SubjectInfo => {
    const known = byKey.get(codeKey(code));
    if (known) return known;
    const info = subjectInfo(ix, code, rankNames.get(codeKey(code)) ?? "");
    byKey.set(codeKey(code), info);
    subjects[info.code] = info;
    return info;
  };

  const visit = (code: string, kind: SubjectKind, decisions: ReadonlyArray<Decision>) => {
    for (const d of decisions) {
      if (d.status === "pending") {
        pending.push({ subject: remember(code).code, subjectKind: kind, title: d.title, missing: missingOf(d) });
        continue;
      }
      if (d.status !== "eligible") continue;
      const scope = isUpward(d.title) ? "upward" : isOwn(d.title) ? "own" : null;
      if (!scope) continue;
      const review = reviewOf(code, d.title);
      if (!kept(review)) {
        notApproved++;
        continue;
      }
      const subject = remember(code).code;
      const p: Proposal = { subject, subjectKind: kind, title: d.title, scope, grounds: groundsOf(ix, code, d.title, decisions), review };
      (scope === "upward" ? upward : own).push(p);
    }
  };
  for (const u of rank.units) visit(u.code, "unit", u.decisions);
  for (const p of rank.people) visit(p.code, "person", p.decisions);

  const adHoc: AdHocProposal[] = [];
  for (const a of data.achievements) {
    if (!a.proposedForm || !a.date || yearOf(a.date) !== year || a.subject.trim() === "") continue;
    const code = a.subject.trim();
    const review = reviewOf(code, a.proposedForm);
    if (!kept(review)) {
      notApproved++;
      continue;
    }
    const info = remember(code);
    adHoc.push({
      subject: info.code,
      subjectKind: info.kind,
      title: a.proposedForm,
      date: a.date,
      content: a.content.trim(),
      evidence: a.evidence.trim(),
      achievementKind: a.kind,
      source: `${a.src.sheet}!${a.src.cells.content ?? a.src.cells.date ?? `A${a.src.row}`}`,
      review,
    });
  }
  adHoc.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.subject.localeCompare(b.subject) || a.source.localeCompare(b.source));

  upward.sort(byLevel);
  own.sort(byLevel);
  pending.sort(byLevel);

  const councilSize = typeof known.councilSize === "number" ? known.councilSize : null;
  const kindOf = (code: string): SubjectKind => (isPerson(ix, code) ? "person" : "unit");
  const minutes = councilMinutes({
    votes: data.votes,
    year,
    rank,
    councilSize,
    minutesNo: agency.minutesNo,
    meetingDate: agency.meetingDate,
    kindOf,
    keep: input.approvedOnly ? (s, t) => reviewOf(s, t as Title) === "approved" : undefined,
  });
  const council = { ...minutes, candidates: minutes.candidates.map((c) => ({ ...c, subject: remember(c.subject).code })) };

  const history: Record<string, AwardHistory> = {};
  const results: Record<string, UnitResults> = {};
  const rankedUnit = (code: string) => rank.units.find((u) => codeKey(u.code) === codeKey(code));
  for (const p of [...upward, ...own, ...adHoc]) {
    history[p.subject] ??= awardHistory(ix, p.subject);
    const unitCode = subjects[p.subject].unitCode;
    if (unitCode && !(unitCode in results)) results[unitCode] = unitResults(ix, unitCode, rankedUnit(unitCode));
  }

  return {
    year,
    ruleSet: rank.ruleSet,
    fingerprint: rank.fingerprint,
    agency,
    documentDate: input.documentDate,
    upward,
    own,
    adHoc,
    pending,
    counts: { upward: counts(upward), own: counts(own) },
    subjects,
    history,
    results,
    council,
    warnings: proposalWarnings([...upward, ...own], subjects, decisionsOf, agency, year),
    notApproved,
  };
}
