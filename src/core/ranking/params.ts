/**
 * The parameters the unit side reads, typed. Ids, defaults and labels live in the rule-set table
 * (rules/parameters.ts); this file only reads the values in force from the rule context.
 */
import { bool, num, numOrNull, str, type RuleContext } from "../rules/context";
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
  /** K1, K2: targets worded "trên X %" are met only when strictly exceeded. */
  readonly strictTargets: boolean;
  /** K4: class thresholds as shares of the sum of the maximum points of the `Cộng` criteria. */
  readonly classA: number;
  readonly classB: number;
  readonly classC: number;
  /** K4 closing the gap: one missed target short by at most this; or every missed one short by at most that. */
  readonly gapOneMissed: number;
  readonly gapEachMissed: number;
  /** K4: shortfall in percentage points of the rate, or relative to the target. */
  readonly shortfallMode: ShortfallMode;
  /** R20: a unit with at least this share of women goes first among equals. */
  readonly womenShare: number;
  /** Whether a proposal threshold for the agency council is set (only for messages). */
  readonly proposalThreshold: number | null;
}

function form(value: string): DisciplineForm {
  return (DISCIPLINE_FORMS as ReadonlyArray<string>).includes(value) && value !== "DANG_XEM_XET" ? (value as DisciplineForm) : "CANH_CAO";
}

function mode(value: string): ShortfallMode {
  return (SHORTFALL_MODES as ReadonlyArray<string>).includes(value) ? (value as ShortfallMode) : "points";
}

export function rankingParams(ctx: RuleContext): RankingParams {
  return {
    ttldttShare: num(ctx, "ttldttLdttShare"),
    ttldttStrict: bool(ctx, "ttldttShareStrict"),
    ttldttDisciplineForm: form(str(ctx, "ttldttDisciplineForm")),
    ttldxsShare: num(ctx, "ttldxsLdttShare"),
    strictTargets: bool(ctx, "strictTargets"),
    classA: num(ctx, "classAShare"),
    classB: num(ctx, "classBShare"),
    classC: num(ctx, "classCShare"),
    gapOneMissed: num(ctx, "classBGapOneMissed"),
    gapEachMissed: num(ctx, "classBGapEachMissed"),
    shortfallMode: mode(str(ctx, "targetShortfallMode")),
    womenShare: num(ctx, "unitWomenShare"),
    proposalThreshold: numOrNull(ctx, "proposalThresholds"),
  };
}
