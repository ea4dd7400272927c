/**
 * `rank`: the decisions for every person and unit for the evaluation year, with reasons.
 * People first (unit titles count members' decisions), then unit scores, classes, cluster ranks and titles.
 */
import type { TrackingData } from "./model";
import { resolveContext, type ContextOptions, type RuleContext } from "./rules/context";
import { buildFacts } from "./rules/facts";
import { decidePeople } from "./rules/people";
import type { RankResult } from "./rules/types";
import { rankUnits } from "./ranking";

export interface RankOutput {
  readonly result: RankResult;
  readonly ctx: RuleContext;
}

/** Returns null when there is no evaluation year (no `Năm thi đua` and no --year). */
export function rankWorkbook(data: TrackingData, fingerprint: string, options: ContextOptions = {}): RankOutput | null {
  const { ctx } = resolveContext(data, options);
  if (!ctx) return null;
  // The indexes are built once and shared by the people's rules and the unit side.
  const facts = buildFacts(data);
  const people = decidePeople(data, ctx, facts);
  const units = rankUnits(data, ctx, people, facts);
  return {
    ctx,
    result: {
      year: ctx.year,
      ruleSet: ctx.ruleSet,
      fingerprint,
      parameters: ctx.params,
      parameterSources: ctx.paramSources,
      units,
      people,
    },
  };
}
