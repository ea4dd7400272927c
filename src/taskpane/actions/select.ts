/** Clicking an issue: its sheet is activated and its cell selected (one Excel.run, retried once on a hang). */
import { goToCell } from "../../excel";

export function selectIssueCell(sheet: string, cell: string): Promise<void> {
  return goToCell(`${sheet}!${cell}`);
}
