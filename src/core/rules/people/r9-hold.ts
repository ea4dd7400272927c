/**
 * R9 hold: while a discipline review, inspection or complaint is open (`Đang xem xét` with `Đến ngày` empty or
 * after the evaluation date), every title is `hold`. A closed review is neither a hold nor a discipline.
 */
import { formatDateVi } from "../../text/parse-values";
import { cellsOf, compareText, makeCheck, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { PersonCtx } from "./person";

const FIELDS = ["form", "from", "to"];

/** The R9 check of a person is the same in every decision: worked out once per person. */
const HOLD_CHECKS = new WeakMap<PersonCtx, Check>();

export function checkHold(p: PersonCtx): Check {
  let check = HOLD_CHECKS.get(p);
  if (!check) HOLD_CHECKS.set(p, (check = holdCheck(p)));
  return check;
}

function holdCheck(p: PersonCtx): Check {
  const open = [...p.hold.open].sort((a, b) => compareText(a.from ?? "", b.from ?? ""));
  const closed = [...p.hold.closed].sort((a, b) => compareText(b.to ?? "", a.to ?? ""));
  const cells = [...open, ...closed].flatMap((d) => cellsOf(d.src, FIELDS));
  if (open.length > 0) {
    const from = open[0].from ? formatDateVi(open[0].from) : "?";
    return makeCheck("R9", "fail", { key: "rules.R9.hold", params: { from } }, cells, SOURCES.R9, [{ key: "rules.fix.R9.hold", params: { from } }]);
  }
  if (closed.length > 0 && closed[0].to) {
    return makeCheck("R9", "pass", { key: "rules.R9.closed", params: { to: formatDateVi(closed[0].to) } }, cells, SOURCES.R9);
  }
  return makeCheck("R9", "pass", { key: "rules.R9.none" }, cells, SOURCES.R9);
}
