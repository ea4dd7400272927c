/**
 * The parameters the unit side reads, typed. Ids and defaults live in the rule-set table
 * (rules/parameters.ts); this file only reads the values in force from the rule context.
 */
import type { RuleContext } from "../rules/context";
import { DISCIPLINE_FORMS, type DisciplineForm } from "../schema/enums";

export const SHORTFALL_MODES = ["points", "relative"] as const;
export type ShortfallMode = (typeof SHORTFALL_MODES)[number];

export interface RankingParams {
  /** R14: minimum share of members with LDTT(Y), and whether the share must be strictly above it (legacy > 50 %). */
  readonly ttldttShare: number;
  readonly ttldttStrict: boolean;
  /** R14: the least severe form of a member's discipline during Y that excludes the unit (default cảnh cáo). */
  readonly ttldttDisciplineForm: DisciplineForm;
  /** R15: minimum share of members with LDTT(Y). */
  readonly ttldxsShare: number;
  /** R16 / C2: vote threshold for CO_BO, and the agency council's threshold for proposals upwards (null: the title's). */
  readonly coBoVote: number;
  readonly proposalThreshold: number | null;
  /** K1, K2: targets worded "trên X %" are met only when strictly exceeded. */
  readonly strictTargets: boolean;
  /** K4: class thresholds as shares of the sum of the maximum points of the `Cộng` criteria. */
  readonly classA: number;
  readonly classB: number;
  readonly classC: number;
  /** K4 closing the gap: one missed target short by at most this; or every missed one short by at most that. */
  readonly gapOneMissed: number;
  readonly gapEachMissed: number;
  /** K4: shortfall in percentage points of the rate or relative to the target. */
  readonly shortfallMode: ShortfallMode;
  /** R20: a unit with at least this share of women goes first among equals. */
  readonly womenShare: number;
}

function num(ctx: RuleContext, id: string): number {
  const v = ctx.params[id];
  if (typeof v !== "number") throw new Error(`parameter ${id} is not a number (${String(v)})`);
  return v;
}

function bool(ctx: RuleContext, id: string): boolean {
  const v = ctx.params[id];
  if (typeof v !== "boolean") throw new Error(`parameter ${id} is not a boolean (${String(v)})`);
  return v;
}

function nullableNum(ctx: RuleContext, id: string): number | null {
  const v = ctx.params[id];
  return typeof v === "number" ? v : null;
}

function form(ctx: RuleContext, id: string): DisciplineForm {
  const v = ctx.params[id];
  return (DISCIPLINE_FORMS as ReadonlyArray<unknown>).includes(v) && v !== "DANG_XEM_XET" ? (v as DisciplineForm) : "CANH_CAO";
}

function mode(ctx: RuleContext, id: string): ShortfallMode {
  const v = ctx.params[id];
  return (SHORTFALL_MODES as ReadonlyArray<unknown>).includes(v) ? (v as ShortfallMode) : "points";
}

export function rankingParams(ctx: RuleContext): RankingParams {
  return {
    ttldttShare: num(ctx, "ttldttLdttShare"),
    ttldttStrict: bool(ctx, "ttldttShareStrict"),
    ttldttDisciplineForm: form(ctx, "ttldttDisciplineForm"),
    ttldxsShare: num(ctx, "ttldxsLdttShare"),
    coBoVote: num(ctx, "coBoVote"),
    proposalThreshold: nullableNum(ctx, "proposalThresholds"),
    strictTargets: bool(ctx, "strictTargets"),
    classA: num(ctx, "classAShare"),
    classB: num(ctx, "classBShare"),
    classC: num(ctx, "classCShare"),
    gapOneMissed: num(ctx, "classBGapOneMissed"),
    gapEachMissed: num(ctx, "classBGapEachMissed"),
    shortfallMode: mode(ctx, "targetShortfallMode"),
    womenShare: num(ctx, "unitWomenShare"),
  };
}
