/**
 * The records a generated workbook is made of, before they become grids: codes for enums (turned into the
 * Vietnamese spellings a clerk types when written), ISO dates (turned into Excel dates).
 */
import type {
  AchievementKind,
  AwardKind,
  AwardStatus,
  CouncilLevel,
  CriterionKind,
  DisciplineForm,
  Gender,
  InitiativeKind,
  Rating,
  Scope,
  Title,
} from "../../core/schema/enums";
import type { IsoDate } from "../../core/text/parse-values";

export interface GenUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly cluster: string;
  readonly oldName?: string;
  readonly oldNameUntil?: IsoDate;
  readonly headcount?: number;
}

export interface GenPerson {
  readonly code: string;
  readonly name: string;
  readonly gender: Gender;
  readonly birthDate: IsoDate;
  readonly position: string;
  readonly unit: string;
  readonly grade: string;
  readonly recruitedDate: IsoDate;
  readonly hometown: string;
  readonly education: string;
}

export interface GenRating {
  readonly year: number;
  readonly subject: string;
  readonly rating: Rating;
  /** How the clerk wrote it; the code when absent. */
  readonly ratingText?: string;
  readonly decisionNo?: string;
  readonly decisionDate?: IsoDate;
}

export interface GenInitiative {
  readonly code: string;
  readonly name: string;
  readonly kind: InitiativeKind;
  readonly authors: ReadonlyArray<string>;
  readonly year: number;
  readonly scope: Scope;
  readonly decisionNo: string;
  readonly decisionDate?: IsoDate;
}

export interface GenDiscipline {
  readonly subject: string;
  readonly form: DisciplineForm;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly decisionNo?: string;
  readonly note?: string;
}

export interface GenAward {
  readonly year: number;
  readonly subject: string;
  readonly title: Title;
  /** The spelling written in the sheet; the title's Vietnamese name when absent. */
  readonly titleText?: string;
  readonly kind: AwardKind;
  readonly decisionNo?: string;
  readonly decisionDate?: IsoDate;
  readonly issuer?: string;
  readonly status: AwardStatus;
  readonly initiativesUsed?: ReadonlyArray<string>;
}

export interface GenResult {
  readonly year: number;
  readonly unit: string;
  readonly casesTotal: number;
  readonly casesAble: number;
  readonly casesDone: number;
  readonly moneyTotal: number;
  readonly moneyAble: number;
  readonly moneyDone: number;
  /** Fractions (0.845 = 84,5 %). */
  readonly targetCases: number;
  readonly targetMoney: number;
  readonly carryOver?: number;
  readonly targetCarryOver?: number;
}

export interface GenCriterion {
  readonly code: string;
  readonly content: string;
  readonly maxPoints: number;
  readonly group: string;
  readonly kind: CriterionKind;
}

export interface GenScore {
  readonly year: number;
  readonly unit: string;
  readonly criterion: string;
  readonly points: number;
  readonly note?: string;
}

export interface GenVote {
  readonly year: number;
  readonly subject: string;
  readonly title: Title;
  readonly titleText?: string;
  readonly votesFor: number;
  /** Empty when the settings' `Số thành viên Hội đồng` applies. */
  readonly members?: number;
  readonly level: CouncilLevel;
  readonly present?: number;
  readonly writtenAbsent?: number;
}

export interface GenAchievement {
  readonly date: IsoDate;
  readonly subject: string;
  readonly content: string;
  readonly kind: AchievementKind;
  readonly proposedForm?: Title;
  readonly proposedText?: string;
  readonly evidence?: string;
}

/** Everything a tracking workbook holds, as records. */
export interface GenData {
  /** `Cấu hình` rows: [Tham số, Giá trị]. */
  readonly settings: ReadonlyArray<readonly [string, string | number]>;
  readonly units: ReadonlyArray<GenUnit>;
  readonly people: ReadonlyArray<GenPerson>;
  readonly ratings: ReadonlyArray<GenRating>;
  readonly initiatives: ReadonlyArray<GenInitiative>;
  readonly discipline: ReadonlyArray<GenDiscipline>;
  readonly awards: ReadonlyArray<GenAward>;
  readonly results: ReadonlyArray<GenResult>;
  readonly criteria: ReadonlyArray<GenCriterion>;
  readonly scores: ReadonlyArray<GenScore>;
  readonly votes: ReadonlyArray<GenVote>;
  readonly achievements: ReadonlyArray<GenAchievement>;
}
