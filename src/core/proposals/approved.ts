/**
 * The approvals recorded in the workbook's `Đề nghị` sheet (workbook.md): the proposals whose
 * `Trạng thái rà soát` is Đồng ý, as "subject|title" keys for `buildProposalSet({ approved })`.
 * A small reader of the product's own output sheet; the review workflow may supply its own list instead.
 */
import type { WorkbookGrids } from "../grid";
import { OUTPUT_SHEETS } from "../schema/sheets";
import { matchEnum, TITLE_DOMAIN } from "../schema/enums";
import { matchKey } from "../text/fold";
import { proposalKey } from "./keys";

const HEADERS = {
  subject: matchKey("Mã đối tượng"),
  title: matchKey("Danh hiệu/Hình thức"),
  review: matchKey("Trạng thái rà soát"),
} as const;
const APPROVED = matchKey("Đồng ý");

/** Keys of the approved proposals; an empty set when the sheet or its columns are absent. */
export function approvedFromGrids(grids: WorkbookGrids): Set<string> {
  const out = new Set<string>();
  const sheet = grids.sheets.find((s) => matchKey(s.name) === matchKey(OUTPUT_SHEETS.proposals));
  if (!sheet) return out;
  const rows = sheet.values;
  for (let h = 0; h < Math.min(rows.length, 10); h++) {
    const keys = rows[h].map((v) => matchKey(String(v ?? "")));
    const col = { subject: keys.indexOf(HEADERS.subject), title: keys.indexOf(HEADERS.title), review: keys.indexOf(HEADERS.review) };
    if (col.subject < 0 || col.title < 0 || col.review < 0) continue;
    for (const row of rows.slice(h + 1)) {
      if (matchKey(String(row[col.review] ?? "")) !== APPROVED) continue;
      const subject = String(row[col.subject] ?? "").trim();
      const title = matchEnum(TITLE_DOMAIN, String(row[col.title] ?? ""));
      if (subject !== "" && title) out.add(proposalKey(subject, title));
    }
    break;
  }
  return out;
}
