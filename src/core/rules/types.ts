/**
 * Shared shapes of eligibility and ranking results (the `rank --json` contract in cli.md).
 * Rules are small pure functions returning a RuleResult; decisions are compositions of rule results.
 */
import type { Msg } from "../issues";
import type { Title } from "../schema/enums";

/** The four statuses of a decision (cli.md). */
export const STATUSES = ["eligible", "not-eligible", "pending", "hold"] as const;
export type Status = (typeof STATUSES)[number];

export type RuleOutcome = "pass" | "fail" | "missing";

/** One rule's verdict with the cells it read and its legal source. */
export interface RuleResult {
  /** Rule id: R1…R20, K1…K6, C2, C3. */
  readonly rule: string;
  readonly outcome: RuleOutcome;
  /** Plain-language statement of what was found ("Xếp loại 2025: HTXSNV"). */
  readonly text: Msg;
  /** A1 references with sheet ("Xếp loại!C7"), sorted, unique. */
  readonly cells: ReadonlyArray<string>;
  /** Legal source ("Luật TĐKT 2022 Điều 27.1"). */
  readonly source: string;
  /** Documents (C3) missing from the data: warnings that never change a status. */
  readonly warnings?: ReadonlyArray<Msg>;
}

export interface Decision {
  readonly title: Title;
  readonly status: Status;
  readonly reasons: ReadonlyArray<RuleResult>;
  /** For `not-eligible` (and `pending`): the shortest list of missing facts ("cần thêm 1 sáng kiến …"). */
  readonly nearMiss: ReadonlyArray<Msg>;
}

export interface PersonResult {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly decisions: ReadonlyArray<Decision>;
}

export interface TargetResult {
  /** Achieved rate as a fraction, or null when the denominator is 0 or data are missing. */
  readonly rate: number | null;
  readonly target: number | null;
  readonly met: boolean | null;
  /** How far below the target (percentage points as a fraction, or relative), when not met. */
  readonly shortBy?: number | null;
  /** Why `rate` is null: a zero denominator (not a core target), empty cells, or no previous year's row (K2). */
  readonly undefinedReason?: "zeroDenominator" | "missingData" | "noPreviousYear";
  readonly cells: ReadonlyArray<string>;
}

export interface UnitResult {
  readonly code: string;
  readonly name: string;
  readonly cluster: string | null;
  readonly score: number | null;
  readonly class: "A" | "B" | "C" | "D" | null;
  readonly clusterRank: number | null;
  /** The K6 criterion that decided this rank against the next unit ("class", "score", "rateViec", …). */
  readonly rankDecidedBy: string | null;
  readonly targets: {
    readonly viec: TargetResult | null;
    readonly tien: TargetResult | null;
    readonly giamChuyenKy: TargetResult | null;
  };
  readonly decisions: ReadonlyArray<Decision>;
}

export interface RankResult {
  readonly year: number;
  readonly ruleSet: string;
  readonly fingerprint: string;
  /** Every parameter value used, by id. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Where each parameter's value came from: "default" or the settings cell ("Cấu hình!B14"). */
  readonly parameterSources: Readonly<Record<string, string>>;
  readonly units: ReadonlyArray<UnitResult>;
  readonly people: ReadonlyArray<PersonResult>;
}
