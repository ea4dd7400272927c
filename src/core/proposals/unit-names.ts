/**
 * Unit names valid in a year (domain.md "Organisation changes", Settled details): a document about year Y
 * prints the name valid on 31/12 of Y. `Tên cũ` is valid up to and including `Tên cũ dùng đến ngày`.
 */
import type { Unit } from "../model";
import { isoDate } from "../text/parse-values";

export function unitNameInYear(unit: Unit, year: number): string {
  const old = unit.oldName.trim();
  if (old === "" || !unit.oldNameUntil) return unit.name;
  return unit.oldNameUntil >= isoDate(year, 12, 31) ? old : unit.name;
}

/** Name of the unit with that code valid in the year; the code itself when the unit is unknown. */
export function unitNameOf(units: ReadonlyArray<Unit>, code: string, year: number): string {
  const key = code.trim().toLowerCase();
  const unit = units.find((u) => u.code.trim().toLowerCase() === key);
  return unit ? unitNameInYear(unit, year) : code;
}
