/**
 * Run-time feature checks. The manifest requires ExcelApi 1.8; features of later sets are used only when
 * `Office.context.requirements.isSetSupported` says so, and their absence is reported with a message key.
 */
import type { Msg } from "../core/issues";
import { ExcelApiUnsupportedError } from "./errors";

export const REQUIRED_EXCEL_API = "1.8";

export interface ExcelFeatures {
  /** ExcelApi 1.8: everything the add-in needs (data validation, conditional formats, getRangeByIndexes). */
  readonly required: boolean;
  /** ExcelApi 1.9: RangeAreas, so one highlight rule can cover many scattered cells. */
  readonly rangeAreas: boolean;
}

/** Most column-run highlight rules per sheet without RangeAreas. */
export const MAX_RULES_WITHOUT_RANGE_AREAS = 500;

function supported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

export function detectFeatures(): ExcelFeatures {
  return { required: supported(REQUIRED_EXCEL_API), rangeAreas: supported("1.9") };
}

/** Messages for the pane about features this Excel lacks (empty when it has them all). */
export function degradeMessages(features: ExcelFeatures): Msg[] {
  if (!features.required) return [{ key: "excel.unsupported" }];
  return features.rangeAreas ? [] : [{ key: "excel.degrade.rangeAreas", params: { max: MAX_RULES_WITHOUT_RANGE_AREAS } }];
}

/** Throws the "not supported in this Excel version" error when ExcelApi 1.8 is missing. */
export function requireExcelApi(features: ExcelFeatures = detectFeatures()): void {
  if (!features.required) throw new ExcelApiUnsupportedError();
}
