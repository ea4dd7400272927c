/**
 * The shapes of a record's objects, written out per sheet: a record's values (its fields in the order of
 * schema/sheets.ts, then `src`), and the `cells` and `raw` of a row whose sheet has every column. Objects made
 * from these literals get their final shape at once (no shape change per field added) and the engine can
 * allocate the many long-lived ones where long-lived objects go. test/core/read/record-shapes.test.ts checks
 * them against schema/sheets.ts; a sheet without one is read with objects built field by field.
 */
import type { CellValue } from "../grid";
import type { SheetId } from "../schema/sheets";

export interface RecordShapes {
  readonly values: () => Record<string, unknown>;
  readonly cells: () => Record<string, string>;
  readonly raw: () => Record<string, CellValue>;
}

export const RECORD_SHAPES: Readonly<Record<SheetId, RecordShapes>> = {
  settings: {
    values: () => ({ key: null, value: null, src: undefined }),
    cells: () => ({ key: "", value: "" }),
    raw: () => ({ key: null, value: null }),
  },
  units: {
    values: () => ({ code: null, name: null, kind: null, cluster: null, oldName: null, oldNameUntil: null, headcount: null, src: undefined }),
    cells: () => ({ code: "", name: "", kind: "", cluster: "", oldName: "", oldNameUntil: "", headcount: "" }),
    raw: () => ({ code: null, name: null, kind: null, cluster: null, oldName: null, oldNameUntil: null, headcount: null }),
  },
  people: {
    values: () => ({ code: null, name: null, gender: null, birthDate: null, position: null, unit: null, grade: null, recruitedDate: null, hometown: null, education: null, src: undefined }),
    cells: () => ({ code: "", name: "", gender: "", birthDate: "", position: "", unit: "", grade: "", recruitedDate: "", hometown: "", education: "" }),
    raw: () => ({ code: null, name: null, gender: null, birthDate: null, position: null, unit: null, grade: null, recruitedDate: null, hometown: null, education: null }),
  },
  ratings: {
    values: () => ({ year: null, subject: null, rating: null, decisionNo: null, decisionDate: null, src: undefined }),
    cells: () => ({ year: "", subject: "", rating: "", decisionNo: "", decisionDate: "" }),
    raw: () => ({ year: null, subject: null, rating: null, decisionNo: null, decisionDate: null }),
  },
  initiatives: {
    values: () => ({ code: null, name: null, kind: null, authors: null, year: null, scope: null, decisionNo: null, decisionDate: null, src: undefined }),
    cells: () => ({ code: "", name: "", kind: "", authors: "", year: "", scope: "", decisionNo: "", decisionDate: "" }),
    raw: () => ({ code: null, name: null, kind: null, authors: null, year: null, scope: null, decisionNo: null, decisionDate: null }),
  },
  discipline: {
    values: () => ({ subject: null, form: null, from: null, to: null, decisionNo: null, note: null, src: undefined }),
    cells: () => ({ subject: "", form: "", from: "", to: "", decisionNo: "", note: "" }),
    raw: () => ({ subject: null, form: null, from: null, to: null, decisionNo: null, note: null }),
  },
  awards: {
    values: () => ({ year: null, subject: null, title: null, kind: null, decisionNo: null, decisionDate: null, issuer: null, status: null, initiativesUsed: null, src: undefined }),
    cells: () => ({ year: "", subject: "", title: "", kind: "", decisionNo: "", decisionDate: "", issuer: "", status: "", initiativesUsed: "" }),
    raw: () => ({ year: null, subject: null, title: null, kind: null, decisionNo: null, decisionDate: null, issuer: null, status: null, initiativesUsed: null }),
  },
  results: {
    values: () => ({ year: null, unit: null, casesTotal: null, casesAble: null, casesDone: null, moneyTotal: null, moneyAble: null, moneyDone: null, targetCases: null, targetMoney: null, carryOver: null, targetCarryOver: null, src: undefined }),
    cells: () => ({ year: "", unit: "", casesTotal: "", casesAble: "", casesDone: "", moneyTotal: "", moneyAble: "", moneyDone: "", targetCases: "", targetMoney: "", carryOver: "", targetCarryOver: "" }),
    raw: () => ({ year: null, unit: null, casesTotal: null, casesAble: null, casesDone: null, moneyTotal: null, moneyAble: null, moneyDone: null, targetCases: null, targetMoney: null, carryOver: null, targetCarryOver: null }),
  },
  criteria: {
    values: () => ({ code: null, content: null, maxPoints: null, group: null, kind: null, src: undefined }),
    cells: () => ({ code: "", content: "", maxPoints: "", group: "", kind: "" }),
    raw: () => ({ code: null, content: null, maxPoints: null, group: null, kind: null }),
  },
  scores: {
    values: () => ({ year: null, unit: null, criterion: null, points: null, note: null, src: undefined }),
    cells: () => ({ year: "", unit: "", criterion: "", points: "", note: "" }),
    raw: () => ({ year: null, unit: null, criterion: null, points: null, note: null }),
  },
  votes: {
    values: () => ({ year: null, subject: null, title: null, votesFor: null, members: null, level: null, present: null, writtenAbsent: null, src: undefined }),
    cells: () => ({ year: "", subject: "", title: "", votesFor: "", members: "", level: "", present: "", writtenAbsent: "" }),
    raw: () => ({ year: null, subject: null, title: null, votesFor: null, members: null, level: null, present: null, writtenAbsent: null }),
  },
  achievements: {
    values: () => ({ date: null, subject: null, content: null, kind: null, proposedForm: null, evidence: null, src: undefined }),
    cells: () => ({ date: "", subject: "", content: "", kind: "", proposedForm: "", evidence: "" }),
    raw: () => ({ date: null, subject: null, content: null, kind: null, proposedForm: null, evidence: null }),
  },
};
