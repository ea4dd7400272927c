/**
 * Typed records of the tracking workbook. Every record knows where it came from (sheet as written,
 * 1-based Excel row, and the A1 address of each field's cell) so that reasons and issues can point at cells.
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
} from "./schema/enums";
import type { SheetId } from "./schema/sheets";
import type { CellValue } from "./grid";
import type { IsoDate } from "./text/parse-values";

/** Where a record came from. `cells[field]` is the A1 address of that field's cell. */
export interface Source {
  readonly sheet: string;
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
  /** The raw cell values by field (as the grid gave them), for fingerprints and messages. */
  readonly raw: Readonly<Record<string, CellValue>>;
}

export interface SettingEntry {
  /** The key as written in `Tham số`. */
  readonly label: string;
  readonly value: CellValue;
  readonly keyCell: string;
  readonly valueCell: string;
  readonly row: number;
}

export interface Settings {
  readonly sheet: string | null;
  /** Every key/value row, in sheet order. */
  readonly entries: ReadonlyArray<SettingEntry>;
}

export interface Unit {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly cluster: string;
  readonly oldName: string;
  readonly oldNameUntil: IsoDate | null;
  readonly headcount: number | null;
  readonly src: Source;
}

export interface Person {
  readonly code: string;
  readonly name: string;
  readonly gender: Gender | null;
  readonly birthDate: IsoDate | null;
  readonly position: string;
  readonly unit: string;
  readonly grade: string;
  readonly recruitedDate: IsoDate | null;
  readonly hometown: string;
  readonly education: string;
  readonly src: Source;
}

export interface RatingRow {
  readonly year: number | null;
  readonly subject: string;
  readonly rating: Rating | null;
  readonly decisionNo: string;
  readonly decisionDate: IsoDate | null;
  readonly src: Source;
}

export interface Initiative {
  readonly code: string;
  readonly name: string;
  readonly kind: InitiativeKind;
  readonly authors: ReadonlyArray<string>;
  readonly year: number | null;
  readonly scope: Scope | null;
  readonly decisionNo: string;
  readonly decisionDate: IsoDate | null;
  readonly src: Source;
}

export interface Discipline {
  readonly subject: string;
  readonly form: DisciplineForm | null;
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly decisionNo: string;
  readonly note: string;
  readonly src: Source;
}

export interface Award {
  readonly year: number | null;
  readonly subject: string;
  readonly title: Title | null;
  readonly kind: AwardKind;
  readonly decisionNo: string;
  readonly decisionDate: IsoDate | null;
  readonly issuer: string;
  readonly status: AwardStatus;
  readonly initiativesUsed: ReadonlyArray<string>;
  readonly src: Source;
}

export interface ResultRow {
  readonly year: number | null;
  readonly unit: string;
  readonly casesTotal: number | null;
  readonly casesAble: number | null;
  readonly casesDone: number | null;
  readonly moneyTotal: number | null;
  readonly moneyAble: number | null;
  readonly moneyDone: number | null;
  /** Fractions (0.825 = 82,5 %). */
  readonly targetCases: number | null;
  readonly targetMoney: number | null;
  readonly carryOver: number | null;
  readonly targetCarryOver: number | null;
  readonly src: Source;
}

export interface Criterion {
  readonly code: string;
  readonly content: string;
  readonly maxPoints: number | null;
  readonly group: string;
  readonly kind: CriterionKind;
  readonly src: Source;
}

export interface Score {
  readonly year: number | null;
  readonly unit: string;
  readonly criterion: string;
  readonly points: number | null;
  readonly note: string;
  readonly src: Source;
}

export interface Vote {
  readonly year: number | null;
  readonly subject: string;
  readonly title: Title | null;
  readonly votesFor: number | null;
  readonly members: number | null;
  readonly level: CouncilLevel;
  readonly present: number | null;
  readonly writtenAbsent: number | null;
  readonly src: Source;
}

export interface Achievement {
  readonly date: IsoDate | null;
  readonly subject: string;
  readonly content: string;
  readonly kind: AchievementKind;
  readonly proposedForm: Title | null;
  readonly evidence: string;
  readonly src: Source;
}

/** How a sheet was found: its name as written, header row and where each field's column is. */
export interface SheetInfo {
  readonly id: SheetId;
  readonly name: string;
  /** 1-based Excel row of the header, or null when no header row was found. */
  readonly headerRow: number | null;
  /** Field → column (0-based sheet index) and its header as written. */
  readonly columns: Readonly<Record<string, { readonly col: number; readonly header: string }>>;
  /** Position of the sheet in the workbook (for sorting issues). */
  readonly order: number;
}

export interface TrackingData {
  readonly settings: Settings;
  readonly units: ReadonlyArray<Unit>;
  readonly people: ReadonlyArray<Person>;
  readonly ratings: ReadonlyArray<RatingRow>;
  readonly initiatives: ReadonlyArray<Initiative>;
  readonly discipline: ReadonlyArray<Discipline>;
  readonly awards: ReadonlyArray<Award>;
  readonly results: ReadonlyArray<ResultRow>;
  readonly criteria: ReadonlyArray<Criterion>;
  readonly scores: ReadonlyArray<Score>;
  readonly votes: ReadonlyArray<Vote>;
  readonly achievements: ReadonlyArray<Achievement>;
  /** Found sheets by id (absent when missing). */
  readonly sheets: Readonly<Partial<Record<SheetId, SheetInfo>>>;
}
