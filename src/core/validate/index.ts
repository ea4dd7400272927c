/**
 * Validation beyond single cells: cross-row and cross-sheet checks (DUPLICATE_KEY, UNKNOWN_REF,
 * INCONSISTENT, DATE_ORDER, DOMAIN, DUPLICATE_PERSON, settings). Cell-level issues come from the reader.
 */
import type { Issue } from "../issues";
import type { TrackingData } from "../model";

export function validate(data: TrackingData): Issue[] {
  void data;
  return [];
}
