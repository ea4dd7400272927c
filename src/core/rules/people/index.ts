/** Decisions for every person × title (LDTT, CSTDCS, CSTD_BO, BK_BO, BK_TTG), sorted by code. */
import type { TrackingData } from "../../model";
import type { RuleContext } from "../context";
import type { PersonResult } from "../types";

export function decidePeople(data: TrackingData, ctx: RuleContext): PersonResult[] {
  void data;
  void ctx;
  return [];
}
