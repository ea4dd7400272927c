/**
 * Validation beyond single cells: cross-row and cross-sheet checks. Cell-level issues (COLUMN_MISSING,
 * REQUIRED, TYPE_*, RANGE of a single value, FORMULA_ERROR, LEGACY_ENCODING, SHEET_MISSING) come from the
 * reader; this adds DUPLICATE_KEY, UNKNOWN_REF, INCONSISTENT, DATE_ORDER, RANGE against another sheet, DOMAIN
 * (including R13 initiative reuse), DUPLICATE_PERSON and the `Cấu hình` checks. Pure; never throws on content.
 */
import type { Issue } from "../issues";
import type { TrackingData } from "../model";
import { makeContext } from "./context";
import { checkDiscipline } from "./discipline";
import { checkDomain } from "./domain";
import { checkDuplicateKeys } from "./duplicate-key";
import { checkDuplicatePeople } from "./duplicate-person";
import { checkInitiativeReuse } from "./initiative-reuse";
import { checkPeopleDates } from "./people";
import { checkReferences } from "./references";
import { checkResults } from "./results";
import { checkScores } from "./scores";
import { checkSettings } from "./settings";
import { checkVotes } from "./votes";

const CHECKS = [
  checkSettings,
  checkDuplicateKeys,
  checkReferences,
  checkPeopleDates,
  checkResults,
  checkVotes,
  checkDiscipline,
  checkScores,
  checkDomain,
  checkInitiativeReuse,
  checkDuplicatePeople,
] as const;

export function validate(data: TrackingData): Issue[] {
  const ctx = makeContext(data);
  return CHECKS.flatMap((check) => check(ctx));
}
