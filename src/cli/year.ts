/** The `--year Y` option of `rank` and `generate`: a 4-digit year within the bounds the workbook's `Năm` cells accept. */
import { MAX_YEAR, MIN_YEAR } from "../core/read/read-cell";
import { UsageError } from "../node/file-errors";

/** The year given on the command line; a usage error (exit 2) when it is not a 4-digit year in MIN_YEAR–MAX_YEAR. */
export function parseYear(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const s = String(value).trim();
  if (!/^\d{4}$/.test(s)) throw new UsageError("usage.year", { value: s });
  const year = Number(s);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new UsageError("usage.yearRange", { value: s, min: MIN_YEAR, max: MAX_YEAR });
  return year;
}
