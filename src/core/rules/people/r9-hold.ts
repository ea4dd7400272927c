/**
 * R9 hold: while a discipline review, inspection or complaint is open (`Đang xem xét` with `Đến ngày` empty or
 * after the evaluation date), every title is `hold`. A closed review is neither a hold nor a discipline.
 */
import { formatDateVi } from "../../text/parse-values";
import type { CellKey } from "../cell-keys";
import { compareText, fixedCheck, makeCheck, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { PersonCtx } from "./person";

const FIELDS = ["form", "from", "to"];

/** The R9 check of a person is the same in every decision: worked out once per person. */
export function checkHold(p: PersonCtx): Check {
  return (p.holdCheck ??= holdCheck(p));
}

/** R9 of everyone without a review: one shared result. */
const NO_HOLD: Check = fixedCheck("R9", "pass", { key: "rules.R9.none" }, SOURCES.R9);

function holdCheck(p: PersonCtx): Check {
  if (p.hold.open.length === 0 && p.hold.closed.length === 0) return NO_HOLD;
  const open = [...p.hold.open].sort((a, b) => compareText(a.from ?? "", b.from ?? ""));
  const closed = [...p.hold.closed].sort((a, b) => compareText(b.to ?? "", a.to ?? ""));
  const cells: CellKey[] = [];
  for (const d of open) p.k.push(cells, d.src, FIELDS);
  for (const d of closed) p.k.push(cells, d.src, FIELDS);
  if (open.length > 0) {
    const from = open[0].from ? formatDateVi(open[0].from) : "?";
    return makeCheck(p.k, "R9", "fail", { key: "rules.R9.hold", params: { from } }, cells, SOURCES.R9, [{ key: "rules.fix.R9.hold", params: { from } }]);
  }
  if (closed.length > 0 && closed[0].to) {
    return makeCheck(p.k, "R9", "pass", { key: "rules.R9.closed", params: { to: formatDateVi(closed[0].to) } }, cells, SOURCES.R9);
  }
  return makeCheck(p.k, "R9", "pass", { key: "rules.R9.none" }, cells, SOURCES.R9);
}
