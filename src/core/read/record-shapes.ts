/**
 * The shapes of a record's objects, written out per sheet: a record's values (its fields in the order of
 * schema/sheets.ts, then `src`), and the `cells` and `raw` of a row whose sheet has every column, each made from
 * the row's list by column. Objects made from these literals get their final shape at once (no shape change, no
 * store by a field name that changes at every column) and the engine can allocate the many long-lived ones where
 * long-lived objects go. test/core/read/record-shapes.test.ts checks
 * them against schema/sheets.ts; a sheet without one is read with objects built field by field.
 */
import type { CellValue } from "../grid";
import type { SheetId } from "../schema/sheets";

/** Each makes the object from the row's values, addresses or raw cells by column (schema order). */
export interface RecordShapes {
  readonly values: (v: ReadonlyArray<unknown>) => Record<string, unknown>;
  readonly cells: (v: ReadonlyArray<string>) => Record<string, string>;
  readonly raw: (v: ReadonlyArray<CellValue>) => Record<string, CellValue>;
}

export const RECORD_SHAPES: Readonly<Record<SheetId, RecordShapes>> = {
  settings: {
    values: (v) => ({ key: v[0], value: v[1], src: undefined }),
    cells: (v) => ({ key: v[0], value: v[1] }),
    raw: (v) => ({ key: v[0], value: v[1] }),
  },
  units: {
    values: (v) => ({ code: v[0], name: v[1], kind: v[2], cluster: v[3], oldName: v[4], oldNameUntil: v[5], headcount: v[6], src: undefined }),
    cells: (v) => ({ code: v[0], name: v[1], kind: v[2], cluster: v[3], oldName: v[4], oldNameUntil: v[5], headcount: v[6] }),
    raw: (v) => ({ code: v[0], name: v[1], kind: v[2], cluster: v[3], oldName: v[4], oldNameUntil: v[5], headcount: v[6] }),
  },
  people: {
    values: (v) => ({ code: v[0], name: v[1], gender: v[2], birthDate: v[3], position: v[4], unit: v[5], grade: v[6], recruitedDate: v[7], hometown: v[8], education: v[9], src: undefined }),
    cells: (v) => ({ code: v[0], name: v[1], gender: v[2], birthDate: v[3], position: v[4], unit: v[5], grade: v[6], recruitedDate: v[7], hometown: v[8], education: v[9] }),
    raw: (v) => ({ code: v[0], name: v[1], gender: v[2], birthDate: v[3], position: v[4], unit: v[5], grade: v[6], recruitedDate: v[7], hometown: v[8], education: v[9] }),
  },
  ratings: {
    values: (v) => ({ year: v[0], subject: v[1], rating: v[2], decisionNo: v[3], decisionDate: v[4], src: undefined }),
    cells: (v) => ({ year: v[0], subject: v[1], rating: v[2], decisionNo: v[3], decisionDate: v[4] }),
    raw: (v) => ({ year: v[0], subject: v[1], rating: v[2], decisionNo: v[3], decisionDate: v[4] }),
  },
  initiatives: {
    values: (v) => ({ code: v[0], name: v[1], kind: v[2], authors: v[3], year: v[4], scope: v[5], decisionNo: v[6], decisionDate: v[7], src: undefined }),
    cells: (v) => ({ code: v[0], name: v[1], kind: v[2], authors: v[3], year: v[4], scope: v[5], decisionNo: v[6], decisionDate: v[7] }),
    raw: (v) => ({ code: v[0], name: v[1], kind: v[2], authors: v[3], year: v[4], scope: v[5], decisionNo: v[6], decisionDate: v[7] }),
  },
  discipline: {
    values: (v) => ({ subject: v[0], form: v[1], from: v[2], to: v[3], decisionNo: v[4], note: v[5], src: undefined }),
    cells: (v) => ({ subject: v[0], form: v[1], from: v[2], to: v[3], decisionNo: v[4], note: v[5] }),
    raw: (v) => ({ subject: v[0], form: v[1], from: v[2], to: v[3], decisionNo: v[4], note: v[5] }),
  },
  awards: {
    values: (v) => ({ year: v[0], subject: v[1], title: v[2], kind: v[3], decisionNo: v[4], decisionDate: v[5], issuer: v[6], status: v[7], initiativesUsed: v[8], src: undefined }),
    cells: (v) => ({ year: v[0], subject: v[1], title: v[2], kind: v[3], decisionNo: v[4], decisionDate: v[5], issuer: v[6], status: v[7], initiativesUsed: v[8] }),
    raw: (v) => ({ year: v[0], subject: v[1], title: v[2], kind: v[3], decisionNo: v[4], decisionDate: v[5], issuer: v[6], status: v[7], initiativesUsed: v[8] }),
  },
  results: {
    values: (v) => ({ year: v[0], unit: v[1], casesTotal: v[2], casesAble: v[3], casesDone: v[4], moneyTotal: v[5], moneyAble: v[6], moneyDone: v[7], targetCases: v[8], targetMoney: v[9], carryOver: v[10], targetCarryOver: v[11], src: undefined }),
    cells: (v) => ({ year: v[0], unit: v[1], casesTotal: v[2], casesAble: v[3], casesDone: v[4], moneyTotal: v[5], moneyAble: v[6], moneyDone: v[7], targetCases: v[8], targetMoney: v[9], carryOver: v[10], targetCarryOver: v[11] }),
    raw: (v) => ({ year: v[0], unit: v[1], casesTotal: v[2], casesAble: v[3], casesDone: v[4], moneyTotal: v[5], moneyAble: v[6], moneyDone: v[7], targetCases: v[8], targetMoney: v[9], carryOver: v[10], targetCarryOver: v[11] }),
  },
  criteria: {
    values: (v) => ({ code: v[0], content: v[1], maxPoints: v[2], group: v[3], kind: v[4], src: undefined }),
    cells: (v) => ({ code: v[0], content: v[1], maxPoints: v[2], group: v[3], kind: v[4] }),
    raw: (v) => ({ code: v[0], content: v[1], maxPoints: v[2], group: v[3], kind: v[4] }),
  },
  scores: {
    values: (v) => ({ year: v[0], unit: v[1], criterion: v[2], points: v[3], note: v[4], src: undefined }),
    cells: (v) => ({ year: v[0], unit: v[1], criterion: v[2], points: v[3], note: v[4] }),
    raw: (v) => ({ year: v[0], unit: v[1], criterion: v[2], points: v[3], note: v[4] }),
  },
  votes: {
    values: (v) => ({ year: v[0], subject: v[1], title: v[2], votesFor: v[3], members: v[4], level: v[5], present: v[6], writtenAbsent: v[7], src: undefined }),
    cells: (v) => ({ year: v[0], subject: v[1], title: v[2], votesFor: v[3], members: v[4], level: v[5], present: v[6], writtenAbsent: v[7] }),
    raw: (v) => ({ year: v[0], subject: v[1], title: v[2], votesFor: v[3], members: v[4], level: v[5], present: v[6], writtenAbsent: v[7] }),
  },
  achievements: {
    values: (v) => ({ date: v[0], subject: v[1], content: v[2], kind: v[3], proposedForm: v[4], evidence: v[5], src: undefined }),
    cells: (v) => ({ date: v[0], subject: v[1], content: v[2], kind: v[3], proposedForm: v[4], evidence: v[5] }),
    raw: (v) => ({ date: v[0], subject: v[1], content: v[2], kind: v[3], proposedForm: v[4], evidence: v[5] }),
  },
};
