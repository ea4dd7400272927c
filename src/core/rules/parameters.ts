/**
 * Rule sets as data: one table of parameters, with a default per rule set. Every parameter has an id
 * (used in JSON `parameters`), a Vietnamese label (used to override it in `Cấu hình`), its legal source and
 * confidence ([C] confirmed, [P] secondary source, [U] unconfirmed — made a parameter for that reason).
 */

export const RULE_SETS = ["ND152-2025", "ND98-2023", "ND91-2017"] as const;
export type RuleSetId = (typeof RULE_SETS)[number];

export type ParamType = "percent" | "number" | "int" | "bool" | "enum";

export type ParamValue = number | boolean | string | null;

export interface ParamDef {
  readonly id: string;
  /** Vietnamese label: the `Tham số` that overrides it in `Cấu hình`. */
  readonly label: string;
  readonly labelEn: string;
  readonly type: ParamType;
  /** Allowed values of an enum parameter. */
  readonly options?: ReadonlyArray<string>;
  /** Whether the value may be empty (null = "none", e.g. no quota). */
  readonly nullable?: boolean;
  readonly defaults: Readonly<Record<RuleSetId, ParamValue>>;
  readonly rules: ReadonlyArray<string>;
  readonly source: string;
  readonly confidence: "C" | "P" | "U";
}

const all = (v: ParamValue): Record<RuleSetId, ParamValue> => ({ "ND152-2025": v, "ND98-2023": v, "ND91-2017": v });

export const PARAMETERS: ReadonlyArray<ParamDef> = [
  {
    id: "cstdcsVote",
    label: "Ngưỡng phiếu CSTĐCS",
    labelEn: "CSTDCS vote threshold",
    type: "percent",
    defaults: all(0.8),
    rules: ["R2"],
    source: "NĐ 98/2023 Điều 30.7",
    confidence: "U",
  },
  {
    id: "cstdBoVote",
    label: "Ngưỡng phiếu CSTĐ cấp Bộ, tỉnh",
    labelEn: "CSTD_BO vote threshold",
    type: "percent",
    defaults: all(0.9),
    rules: ["R4"],
    source: "NĐ 98/2023 Điều 30.7",
    confidence: "U",
  },
  {
    id: "cstdtqVote",
    label: "Ngưỡng phiếu CSTĐ toàn quốc",
    labelEn: "CSTDTQ vote threshold",
    type: "percent",
    defaults: all(0.9),
    rules: ["R5"],
    source: "NĐ 98/2023 Điều 30.7",
    confidence: "U",
  },
  {
    id: "coBoVote",
    label: "Ngưỡng phiếu Cờ thi đua cấp Bộ, tỉnh",
    labelEn: "CO_BO vote threshold",
    type: "percent",
    defaults: all(0.8),
    rules: ["R16"],
    source: "NĐ 98/2023 Điều 30.7",
    confidence: "U",
  },
  {
    id: "coCpVote",
    label: "Ngưỡng phiếu Cờ thi đua của Chính phủ",
    labelEn: "CO_CP vote threshold",
    type: "percent",
    defaults: all(0.8),
    rules: [],
    source: "NĐ 98/2023 Điều 30.7",
    confidence: "U",
  },
  {
    id: "proposalThresholds",
    label: "Ngưỡng phiếu đề nghị cấp trên tại Hội đồng cơ sở",
    labelEn: "Agency council threshold for proposals upwards",
    type: "percent",
    nullable: true,
    defaults: all(null),
    rules: ["R4", "R5", "R16"],
    source: "NĐ 98/2023 Điều 30.7 (empty: the threshold of the title proposed)",
    confidence: "U",
  },
  {
    id: "cstdcsQuota",
    label: "Tỷ lệ tối đa CSTĐCS",
    labelEn: "Maximum CSTDCS share of LDTT",
    type: "percent",
    nullable: true,
    defaults: { "ND152-2025": null, "ND98-2023": null, "ND91-2017": 0.15 },
    rules: ["R3"],
    source: "NĐ 91/2017 Điều 8 (legacy); none under NĐ 98/2023 and NĐ 152/2025",
    confidence: "C",
  },
  {
    id: "ttldttLdttShare",
    label: "Tỷ lệ LĐTT tối thiểu của TTLĐTT",
    labelEn: "Minimum LDTT share for TTLDTT",
    type: "percent",
    defaults: { "ND152-2025": 0.7, "ND98-2023": 0.7, "ND91-2017": 0.5 },
    rules: ["R14"],
    source: "Luật TĐKT 2022 Điều 28; NĐ 91/2017 (legacy > 50 %)",
    confidence: "P",
  },
  {
    id: "ttldttShareStrict",
    label: "TTLĐTT cần tỷ lệ LĐTT vượt ngưỡng",
    labelEn: "TTLDTT needs an LDTT share strictly above the minimum",
    type: "bool",
    defaults: { "ND152-2025": false, "ND98-2023": false, "ND91-2017": true },
    rules: ["R14"],
    source: "NĐ 91/2017 (legacy: trên 50 %)",
    confidence: "P",
  },
  {
    id: "ttldxsLdttShare",
    label: "Tỷ lệ LĐTT tối thiểu của TTLĐXS",
    labelEn: "Minimum LDTT share for TTLDXS",
    type: "percent",
    defaults: all(0.7),
    rules: ["R15"],
    source: "Luật TĐKT 2022 Điều 27.1",
    confidence: "C",
  },
  {
    id: "strictTargets",
    label: "Chỉ tiêu tính theo \"trên X %\"",
    labelEn: "Targets are worded \"above X %\" (strictly greater)",
    type: "bool",
    defaults: all(false),
    rules: ["K1", "K2"],
    source: "QĐ 1682/QĐ-BTP",
    confidence: "U",
  },
];

const BY_ID = new Map(PARAMETERS.map((p) => [p.id, p]));

export function paramDef(id: string): ParamDef | undefined {
  return BY_ID.get(id);
}

/** Default rule set by evaluation year (domain.md Settled details). */
export function defaultRuleSet(year: number): RuleSetId {
  if (year <= 2023) return "ND91-2017";
  if (year === 2024) return "ND98-2023";
  return "ND152-2025";
}
