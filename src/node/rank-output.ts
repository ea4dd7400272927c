/**
 * `thidua rank --out F.xlsx`: writes a NEW workbook with the product's sheets (KQ Xếp hạng, Đề nghị with
 * reviews carried over from the input's Đề nghị, Nhật ký = the input's log + new rows). Owned by the units /
 * ranking work (issue 5); the review carry-over comes with issue 9.
 */
import type { WorkbookGrids } from "../core/grid";
import type { CheckResult } from "../core/check";
import type { RankOutput } from "../core/rank";
import type { Translate } from "../i18n";

export interface RankOutInput {
  /** The input workbook's grids (its Đề nghị and Nhật ký sheets are carried over). */
  readonly grids: WorkbookGrids;
  readonly check: CheckResult;
  readonly rank: RankOutput;
  readonly t: Translate;
  /** Who ran it (OS user name) and when (ISO timestamp), for the log. */
  readonly user: string;
  readonly now: string;
}

export async function writeRankWorkbook(file: string, input: RankOutInput): Promise<void> {
  void file;
  void input;
  throw new Error("writeRankWorkbook: not implemented yet (issue 5)");
}
