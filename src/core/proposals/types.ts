/**
 * The proposal set: plain data from which every document of the dossier (documents.md) is written.
 * Built by `buildProposalSet` from the tracking data and the rank result; no wording in here — the documents
 * layer (src/docs) turns it into Vietnamese administrative text.
 */
import type { Msg } from "../issues";
import type { AwardKind, Gender, Rating, Scope, Title } from "../schema/enums";
import type { Status } from "../rules/types";
import type { IsoDate } from "../text/parse-values";

export type SubjectKind = "person" | "unit";

/** Where a proposal goes: above the agency's own power (Tờ trình), the agency's own decision, or ad hoc. */
export type ProposalScope = "upward" | "own";

/** Review state from the `Đề nghị` sheet: `unknown` when no list of approvals was given. */
export type ReviewState = "approved" | "not-approved" | "unknown";

/** Settings the documents print (workbook.md `Cấu hình`), already typed. Empty text when not set. */
export interface AgencyInfo {
  readonly parentAgency: string;
  readonly agency: string;
  readonly abbreviation: string;
  readonly place: string;
  readonly recipient: string;
  /** `Nơi nhận`, one item per entry, as written. */
  readonly distribution: ReadonlyArray<string>;
  readonly signer: string;
  readonly signerTitle: string;
  /** TM. / KT. / TL. / Q. */
  readonly signAuthority: string;
  readonly movement: string;
  readonly plan: string;
  readonly minutesNo: string;
  readonly meetingDate: IsoDate | null;
  /** `Thư ký Hội đồng`: the name under the secretary's signature in the Biên bản; empty when not set. */
  readonly councilSecretary: string;
  readonly submissionNo: string;
}

/** One rating row of a subject (year, rating, decision). */
export interface RatingFact {
  readonly year: number;
  readonly rating: Rating;
  readonly decisionNo: string;
  readonly decisionDate: IsoDate | null;
}

/** An initiative or research project used as grounds. */
export interface InitiativeFact {
  readonly code: string;
  readonly name: string;
  readonly year: number;
  readonly scope: Scope | null;
  readonly decisionNo: string;
  readonly decisionDate: IsoDate | null;
}

/** A title or form of commendation already recorded (`Khen thưởng`, status Hiệu lực). */
export interface AwardFact {
  readonly year: number;
  readonly title: Title;
  readonly kind: AwardKind;
  readonly decisionNo: string;
  readonly decisionDate: IsoDate | null;
  readonly issuer: string;
}

/** Award history split as Mẫu 04/05 print it: danh hiệu thi đua vs hình thức khen thưởng. */
export interface AwardHistory {
  readonly titles: ReadonlyArray<AwardFact>;
  readonly forms: ReadonlyArray<AwardFact>;
}

/** One indicator against its target (K1): rate = done / able, as fractions. */
export interface TargetFact {
  readonly able: number | null;
  readonly done: number | null;
  readonly total: number | null;
  readonly rate: number | null;
  readonly target: number | null;
  readonly met: boolean | null;
  /** Rate of the same unit in Y−1, when known. */
  readonly previousRate: number | null;
}

/** Results of a unit in year Y vs targets (việc, tiền in thousand đồng), with ranking facts. */
export interface UnitResults {
  readonly viec: TargetFact | null;
  readonly tien: TargetFact | null;
  readonly carryOver: number | null;
  readonly previousCarryOver: number | null;
  readonly score: number | null;
  readonly class: "A" | "B" | "C" | "D" | null;
  readonly cluster: string | null;
  readonly clusterRank: number | null;
}

/** A person or unit as the documents name it: full names, unit names valid in year Y. */
export interface SubjectInfo {
  readonly code: string;
  readonly kind: SubjectKind;
  /** Full name of the person, or the unit's name valid on 31/12 of Y. */
  readonly name: string;
  /** Person: position; unit: kind (Loại). */
  readonly position: string;
  /** Person: code of the unit; unit: its own code. */
  readonly unitCode: string;
  /** Name of the person's unit (or of the unit itself) valid on 31/12 of Y. */
  readonly unitName: string;
  readonly gender: Gender | null;
  readonly birthDate: IsoDate | null;
  readonly hometown: string;
  readonly education: string;
  readonly grade: string;
  readonly cluster: string;
  readonly headcount: number | null;
  /** Unit: number of people coded to it. */
  readonly members: number | null;
}

/** Why a subject deserves the title: the facts the documents summarise. */
export interface Grounds {
  /** Ratings of the years that matter for the title, oldest first. */
  readonly ratings: ReadonlyArray<RatingFact>;
  /** Titles counted (recorded before Y, and this run's eligible decisions for Y), oldest first. */
  readonly titles: ReadonlyArray<{ readonly year: number; readonly title: Title; readonly decisionNo: string; readonly decided: boolean }>;
  readonly initiatives: ReadonlyArray<InitiativeFact>;
}

export interface Proposal {
  readonly subject: string;
  readonly subjectKind: SubjectKind;
  readonly title: Title;
  readonly scope: ProposalScope;
  readonly grounds: Grounds;
  readonly review: ReviewState;
}

/** An ad-hoc (đột xuất) or GIAY_KHEN proposal from a `Thành tích` row with `Đề nghị hình thức`. */
export interface AdHocProposal {
  readonly subject: string;
  readonly subjectKind: SubjectKind;
  readonly title: Title;
  readonly date: IsoDate | null;
  readonly content: string;
  readonly evidence: string;
  readonly achievementKind: string;
  /** "Thành tích!C5" style reference of the row. */
  readonly source: string;
  readonly review: ReviewState;
}

/** A subject whose decision is `pending` ("chưa đủ hồ sơ"): not proposed, listed for follow-up. */
export interface PendingEntry {
  readonly subject: string;
  readonly subjectKind: SubjectKind;
  readonly title: Title;
  /** What is missing, from the decision's near-miss list and its `missing` rules. */
  readonly missing: ReadonlyArray<Msg>;
}

export interface TitleCount {
  readonly title: Title;
  readonly persons: number;
  readonly units: number;
}

/** A candidate in the council minutes: one vote row of the agency's council for year Y. */
export interface CouncilCandidate {
  readonly subject: string;
  readonly subjectKind: SubjectKind;
  readonly title: Title;
  readonly votesFor: number | null;
  /** All council members (the denominator, C2). */
  readonly members: number | null;
  /** votesFor / members, or null. */
  readonly share: number | null;
  /** Threshold of the title (rule-set parameter), or null when the title has none. */
  readonly threshold: number | null;
  /** `true` đạt / `false` không đạt / null when it cannot be said. */
  readonly passed: boolean | null;
  /** The decision of this run for the subject and title, when there is one. */
  readonly status: Status | null;
}

export interface CouncilMinutes {
  readonly members: number | null;
  readonly present: number | null;
  readonly absent: number | null;
  readonly writtenAbsent: number | null;
  readonly meetingDate: IsoDate | null;
  readonly minutesNo: string;
  readonly candidates: ReadonlyArray<CouncilCandidate>;
}

/** A document the data lack (C3) or another fact the clerk must supply; never changes a status. */
export interface ProposalWarning {
  readonly subject: string | null;
  readonly title: Title | null;
  readonly message: Msg;
}

export interface ProposalSet {
  readonly year: number;
  readonly ruleSet: string;
  readonly fingerprint: string;
  readonly agency: AgencyInfo;
  /** Date printed on the documents (caller's choice: `Ngày tờ trình`, else the evaluation date). */
  readonly documentDate: IsoDate;
  /** Proposals above the agency's own power → Tờ trình + Danh sách. */
  readonly upward: ReadonlyArray<Proposal>;
  /** The agency's own titles → Biên bản + second Danh sách. */
  readonly own: ReadonlyArray<Proposal>;
  readonly adHoc: ReadonlyArray<AdHocProposal>;
  readonly pending: ReadonlyArray<PendingEntry>;
  readonly counts: { readonly upward: ReadonlyArray<TitleCount>; readonly own: ReadonlyArray<TitleCount> };
  /** Every subject named by a proposal, a pending entry or a council candidate, by code. */
  readonly subjects: Readonly<Record<string, SubjectInfo>>;
  readonly history: Readonly<Record<string, AwardHistory>>;
  /** Results vs targets of the units named by a proposal, by unit code. */
  readonly results: Readonly<Record<string, UnitResults>>;
  readonly council: CouncilMinutes;
  readonly warnings: ReadonlyArray<ProposalWarning>;
  /** Proposals left out because they are not approved (only with `approvedOnly`). */
  readonly notApproved: number;
}
