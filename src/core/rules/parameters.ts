/**
 * Rule sets as data: one table of parameters, with a default per rule set. Every parameter has an id
 * (used in JSON `parameters`), a Vietnamese label (the `Tham số` that overrides it in `Cấu hình`), its legal
 * source and confidence ([C] confirmed, [P] secondary source, [U] unconfirmed — made a parameter for that reason).
 *
 * Percent parameters are fractions (0.8 = 80 %). Gaps "short by X %" are fractions too (0.15 = 15 points).
 */
import type { CellValue } from "../grid";
import { isBlank, isErrorValue } from "../grid";
import { matchKey } from "../text/fold";
import { parseNumber, parsePercent } from "../text/parse-values";

/** Rule-set ids. ND91-2017: legacy (Luật 2003/2013, NĐ 91/2017); ND98-2023: Luật 2022, NĐ 98/2023; ND152-2025: NĐ 152/2025. */
export const RULE_SETS = ["ND152-2025", "ND98-2023", "ND91-2017"] as const;
export type RuleSetId = (typeof RULE_SETS)[number];

export type ParamType = "percent" | "number" | "int" | "bool" | "enum";

export type ParamValue = number | boolean | string | null;

export const PARAM_IDS = [
  // council votes (C2)
  "cstdcsVote",
  "cstdBoVote",
  "cstdtqVote",
  "coBoVote",
  "coCpVote",
  "proposalThresholds",
  // R3
  "cstdcsQuota",
  // R1 optional exclusions
  "ldttExcludeNewRecruits",
  "ldttMinServiceMonths",
  "ldttExcludeLongLeave",
  "ldttLeaveDays",
  "ldttExcludeDisciplined",
  // streaks and windows (R4–R7)
  "cstdBoYears",
  "cstdtqRounds",
  "bkBoYears",
  "bkBoInitiatives",
  "bkBoMixInitiativeResearch",
  "bkTtgYears",
  "bkTtgCstdcsCount",
  "bkTtgBkBoBeforeWindow",
  // units (R14, R15, R20)
  "ttldttLdttShare",
  "ttldttShareStrict",
  "ttldttDisciplineForm",
  "ttldxsLdttShare",
  "unitWomenShare",
  // enforcement results and classes (K1–K4)
  "strictTargets",
  "classAShare",
  "classBShare",
  "classCShare",
  "classBGapOneMissed",
  "classBGapEachMissed",
  "targetShortfallMode",
  // award money (C7)
  "baseSalary",
  "rewardCoefCSTDTQ",
  "rewardCoefCSTD_BO",
  "rewardCoefCSTDCS",
  "rewardCoefLDTT",
  "rewardCoefTTLDXS",
  "rewardCoefTTLDTT",
  "rewardCoefCO_CP",
  "rewardCoefCO_BO",
  "rewardCoefBK_TTG_UNIT",
  "rewardCoefBK_BO_UNIT",
  "rewardCoefGIAY_KHEN_UNIT",
] as const;
export type ParamId = (typeof PARAM_IDS)[number];

export interface ParamDef {
  readonly id: ParamId;
  /** Vietnamese label: the `Tham số` that overrides it in `Cấu hình`. */
  readonly label: string;
  readonly labelEn: string;
  readonly type: ParamType;
  /** Allowed values of an enum parameter (codes). */
  readonly options?: ReadonlyArray<string>;
  /** Extra accepted spellings of enum options (matched with matchKey). */
  readonly optionAliases?: Readonly<Record<string, ReadonlyArray<string>>>;
  /** Whether the value may be empty (null = "none", e.g. no quota). */
  readonly nullable?: boolean;
  readonly defaults: Readonly<Record<RuleSetId, ParamValue>>;
  readonly rules: ReadonlyArray<string>;
  readonly source: string;
  readonly confidence: "C" | "P" | "U";
  /** One line for the README: what the value means. */
  readonly note?: string;
}

const all = (v: ParamValue): Record<RuleSetId, ParamValue> => ({ "ND152-2025": v, "ND98-2023": v, "ND91-2017": v });

const VOTE_NOTE = "share of ALL council members (C2)";

export const PARAMETERS: ReadonlyArray<ParamDef> = [
  {
    id: "cstdcsVote",
    label: "Ngưỡng phiếu CSTĐCS",
    labelEn: "CSTDCS vote threshold",
    type: "percent",
    defaults: all(0.8),
    rules: ["R2", "C2"],
    source: "NĐ 98/2023 Điều 30.7 (NĐ 152/2025 unconfirmed)",
    confidence: "U",
    note: VOTE_NOTE,
  },
  {
    id: "cstdBoVote",
    label: "Ngưỡng phiếu CSTĐ cấp Bộ, tỉnh",
    labelEn: "CSTD_BO vote threshold",
    type: "percent",
    defaults: all(0.9),
    rules: ["R4", "C2"],
    source: "NĐ 98/2023 Điều 30.7 (NĐ 152/2025 unconfirmed)",
    confidence: "U",
    note: VOTE_NOTE,
  },
  {
    id: "cstdtqVote",
    label: "Ngưỡng phiếu CSTĐ toàn quốc",
    labelEn: "CSTDTQ vote threshold",
    type: "percent",
    defaults: all(0.9),
    rules: ["R5", "C2"],
    source: "NĐ 98/2023 Điều 30.7 (NĐ 152/2025 unconfirmed)",
    confidence: "U",
    note: VOTE_NOTE,
  },
  {
    id: "coBoVote",
    label: "Ngưỡng phiếu Cờ thi đua cấp Bộ, tỉnh",
    labelEn: "CO_BO vote threshold",
    type: "percent",
    defaults: all(0.8),
    rules: ["R16", "C2"],
    source: "NĐ 98/2023 Điều 30.7 (NĐ 152/2025 unconfirmed)",
    confidence: "U",
    note: VOTE_NOTE,
  },
  {
    id: "coCpVote",
    label: "Ngưỡng phiếu Cờ thi đua của Chính phủ",
    labelEn: "CO_CP vote threshold",
    type: "percent",
    defaults: all(0.8),
    rules: ["C2"],
    source: "NĐ 98/2023 Điều 30.7 (NĐ 152/2025 unconfirmed)",
    confidence: "U",
    note: VOTE_NOTE,
  },
  {
    id: "proposalThresholds",
    label: "Ngưỡng phiếu đề nghị cấp trên tại Hội đồng cơ sở",
    labelEn: "Agency council threshold for proposals upwards",
    type: "percent",
    nullable: true,
    defaults: all(null),
    rules: ["R4", "R5", "R16", "C2"],
    source: "NĐ 98/2023 Điều 30.7; domain.md Settled details (Votes)",
    confidence: "U",
    note: "threshold applied to a `Cơ sở` vote row for a title above the agency's power when no `Bộ, tỉnh` row exists; empty = the title's own threshold",
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
    note: "count(CSTDCS) ≤ floor(q × count(LDTT)) in the agency; empty = no quota",
  },
  {
    id: "ldttExcludeNewRecruits",
    label: "Không xét LĐTT người mới tuyển dụng",
    labelEn: "LDTT: exclude people recruited less than the minimum service months before year end",
    type: "bool",
    defaults: all(false),
    rules: ["R1"],
    source: "unit policy, not confirmed in the decrees; off by default",
    confidence: "U",
    note: "reads `Ngày tuyển dụng` in `Cá nhân`",
  },
  {
    id: "ldttMinServiceMonths",
    label: "Số tháng công tác tối thiểu để xét LĐTT",
    labelEn: "LDTT: minimum months of service in the year",
    type: "int",
    defaults: all(10),
    rules: ["R1"],
    source: "unit policy; used when the new-recruit exclusion is on",
    confidence: "U",
  },
  {
    id: "ldttExcludeLongLeave",
    label: "Không xét LĐTT người nghỉ dài ngày",
    labelEn: "LDTT: exclude people on leave for the limit of working days or more",
    type: "bool",
    defaults: all(false),
    rules: ["R1"],
    source: "unit policy, not confirmed in the decrees; off by default; maternity leave never counts (NĐ 152/2025 Điều 4.5)",
    confidence: "U",
    note: "the workbook has no leave column: when on, every LDTT decision carries a warning to check leave by hand; the status is not changed",
  },
  {
    id: "ldttLeaveDays",
    label: "Số ngày nghỉ loại trừ LĐTT",
    labelEn: "LDTT: working days of leave that exclude",
    type: "int",
    defaults: all(40),
    rules: ["R1"],
    source: "unit policy; used when the long-leave exclusion is on",
    confidence: "U",
  },
  {
    id: "ldttExcludeDisciplined",
    label: "Không xét LĐTT người bị kỷ luật trong năm",
    labelEn: "LDTT: exclude people disciplined (khiển trách or above) during the year",
    type: "bool",
    defaults: all(false),
    rules: ["R1"],
    source: "unit policy; off by default",
    confidence: "U",
    note: "a discipline period (any form, not an open review) overlapping the year",
  },
  {
    id: "cstdBoYears",
    label: "Số năm CSTĐCS liên tục để xét CSTĐ cấp Bộ, tỉnh",
    labelEn: "CSTD_BO: consecutive CSTDCS years",
    type: "int",
    defaults: all(3),
    rules: ["R4", "R5"],
    source: "Luật TĐKT 2022 Điều 22",
    confidence: "C",
  },
  {
    id: "cstdtqRounds",
    label: "Số lần CSTĐ cấp Bộ, tỉnh liên tục để xét CSTĐ toàn quốc",
    labelEn: "CSTDTQ: consecutive CSTD_BO rounds",
    type: "int",
    defaults: all(2),
    rules: ["R5"],
    source: "Luật TĐKT 2022 Điều 21",
    confidence: "C",
  },
  {
    id: "bkBoYears",
    label: "Số năm liên tục để xét Bằng khen cấp Bộ, tỉnh",
    labelEn: "BK_BO: consecutive years",
    type: "int",
    defaults: all(2),
    rules: ["R6"],
    source: "Luật TĐKT 2022 Điều 74.1.d",
    confidence: "C",
  },
  {
    id: "bkBoInitiatives",
    label: "Số sáng kiến để xét Bằng khen cấp Bộ, tỉnh",
    labelEn: "BK_BO: initiatives (or research projects) needed on the HTXSNV ground",
    type: "int",
    defaults: all(2),
    rules: ["R6"],
    source: "Luật TĐKT 2022 Điều 74.1.d; BNV worked example",
    confidence: "C",
  },
  {
    id: "bkBoMixInitiativeResearch",
    label: "Bằng khen cấp Bộ, tỉnh: cho phép kết hợp sáng kiến và đề tài",
    labelEn: "BK_BO: initiatives and research projects may be mixed",
    type: "bool",
    defaults: all(false),
    rules: ["R6"],
    source: "Luật TĐKT 2022 Điều 74.1.d (silent on mixing)",
    confidence: "U",
  },
  {
    id: "bkTtgYears",
    label: "Số năm liên tục để xét Bằng khen Thủ tướng",
    labelEn: "BK_TTG: consecutive years rated HTTNV or better",
    type: "int",
    defaults: all(5),
    rules: ["R7"],
    source: "Luật TĐKT 2022 Điều 73.1.b",
    confidence: "C",
  },
  {
    id: "bkTtgCstdcsCount",
    label: "Số lần CSTĐCS để xét Bằng khen Thủ tướng",
    labelEn: "BK_TTG: CSTDCS titles within the window",
    type: "int",
    defaults: all(3),
    rules: ["R7"],
    source: "Luật TĐKT 2022 Điều 73.1.b",
    confidence: "C",
  },
  {
    id: "bkTtgBkBoBeforeWindow",
    label: "Bằng khen Thủ tướng: Bằng khen cấp Bộ, tỉnh phải trước thời gian xét",
    labelEn: "BK_TTG: the BK_BO must precede the 5-year window",
    type: "bool",
    defaults: all(false),
    rules: ["R7"],
    source: "Luật TĐKT 2022 Điều 73.1.b (silent); domain.md Settled details",
    confidence: "U",
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
    id: "ttldttDisciplineForm",
    label: "Hình thức kỷ luật loại trừ TTLĐTT",
    labelEn: "TTLDTT: least severe member discipline that excludes the unit",
    type: "enum",
    options: ["KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC", "BUOC_THOI_VIEC"],
    optionAliases: {
      KHIEN_TRACH: ["Khiển trách"],
      CANH_CAO: ["Cảnh cáo"],
      HA_BAC_LUONG: ["Hạ bậc lương"],
      GIANG_CHUC: ["Giáng chức"],
      CACH_CHUC: ["Cách chức"],
      BUOC_THOI_VIEC: ["Buộc thôi việc"],
    },
    defaults: all("CANH_CAO"),
    rules: ["R14"],
    source: "Luật TĐKT 2022 Điều 28",
    confidence: "P",
    note: "a member disciplined with this form or a more severe one during the year excludes the unit",
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
    id: "unitWomenShare",
    label: "Tỷ lệ nữ để ưu tiên tập thể",
    labelEn: "Women share that gives a unit priority in ties (R20)",
    type: "percent",
    defaults: all(0.7),
    rules: ["R20"],
    source: "NĐ 152/2025 Điều 4.6",
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
  {
    id: "classAShare",
    label: "Ngưỡng điểm loại A",
    labelEn: "Class A: share of the maximum points",
    type: "percent",
    defaults: all(0.9),
    rules: ["K4"],
    source: "QĐ 1682/QĐ-BTP 2015 (180/200)",
    confidence: "C",
  },
  {
    id: "classBShare",
    label: "Ngưỡng điểm loại B",
    labelEn: "Class B: share of the maximum points",
    type: "percent",
    defaults: all(0.8),
    rules: ["K4"],
    source: "QĐ 1682/QĐ-BTP 2015 (160/200)",
    confidence: "C",
  },
  {
    id: "classCShare",
    label: "Ngưỡng điểm loại C",
    labelEn: "Class C: share of the maximum points",
    type: "percent",
    defaults: all(0.7),
    rules: ["K4"],
    source: "none confirmed (140/200 by default)",
    confidence: "U",
  },
  {
    id: "classBGapOneMissed",
    label: "Mức thiếu tối đa khi không đạt 1 chỉ tiêu (loại B)",
    labelEn: "Class B: largest shortfall when exactly one core target is missed",
    type: "percent",
    defaults: all(0.15),
    rules: ["K4"],
    source: "QĐ 1682/QĐ-BTP 2015",
    confidence: "C",
    note: "15 percentage points by default (see targetShortfallMode)",
  },
  {
    id: "classBGapEachMissed",
    label: "Mức thiếu tối đa của mỗi chỉ tiêu không đạt (loại B)",
    labelEn: "Class B: largest shortfall of every missed target when at least one is met",
    type: "percent",
    defaults: all(0.05),
    rules: ["K4"],
    source: "QĐ 1682/QĐ-BTP 2015",
    confidence: "C",
  },
  {
    id: "targetShortfallMode",
    label: "Cách tính mức thiếu chỉ tiêu",
    labelEn: "How a shortfall is measured: percentage points or relative to the target",
    type: "enum",
    options: ["points", "relative"],
    optionAliases: { points: ["Điểm phần trăm", "Điểm %", "Tuyệt đối"], relative: ["Tương đối", "Theo chỉ tiêu"] },
    defaults: all("points"),
    rules: ["K4"],
    source: "QĐ 1682/QĐ-BTP 2015 (wording \"thiếu 15 %\" is ambiguous)",
    confidence: "U",
  },
  {
    id: "baseSalary",
    label: "Mức lương cơ sở",
    labelEn: "Base salary (đồng)",
    type: "number",
    defaults: { "ND152-2025": 2340000, "ND98-2023": 2340000, "ND91-2017": 1800000 },
    rules: ["C7"],
    source: "NĐ 73/2024 (2,340,000 đ from 01/07/2024); NĐ 24/2023 (1,800,000 đ from 01/07/2023)",
    confidence: "C",
  },
  coef("rewardCoefCSTDTQ", "CSTĐ toàn quốc", "CSTDTQ", 4.5),
  coef("rewardCoefCSTD_BO", "CSTĐ cấp Bộ, tỉnh", "CSTD_BO", 3.0),
  coef("rewardCoefCSTDCS", "CSTĐCS", "CSTDCS", 1.0),
  coef("rewardCoefLDTT", "LĐTT", "LDTT", 0.3),
  coef("rewardCoefTTLDXS", "TTLĐXS", "TTLDXS", 1.5),
  coef("rewardCoefTTLDTT", "TTLĐTT", "TTLDTT", 0.8),
  coef("rewardCoefCO_CP", "Cờ thi đua của Chính phủ", "CO_CP", 12),
  coef("rewardCoefCO_BO", "Cờ thi đua cấp Bộ, tỉnh", "CO_BO", 8),
  coef("rewardCoefBK_TTG_UNIT", "Bằng khen Thủ tướng (tập thể)", "BK_TTG unit", 7),
  coef("rewardCoefBK_BO_UNIT", "Bằng khen cấp Bộ, tỉnh (tập thể)", "BK_BO unit", 3),
  coef("rewardCoefGIAY_KHEN_UNIT", "Giấy khen (tập thể)", "GIAY_KHEN unit", 0.6),
];

function coef(id: ParamId, vi: string, en: string, value: number): ParamDef {
  return {
    id,
    label: `Hệ số tiền thưởng ${vi}`,
    labelEn: `Award money coefficient: ${en}`,
    type: "number",
    defaults: all(value),
    rules: ["C7"],
    source: "NĐ 152/2025 Điều 49–54",
    confidence: "C",
    note: "× base salary, rounded up to 10,000 đ",
  };
}

const BY_ID = new Map<string, ParamDef>(PARAMETERS.map((p) => [p.id, p]));
const BY_LABEL = new Map<string, ParamDef>();
for (const p of PARAMETERS) {
  BY_LABEL.set(matchKey(p.label), p);
  BY_LABEL.set(matchKey(p.id), p);
}

export function paramDef(id: string): ParamDef | undefined {
  return BY_ID.get(id);
}

/** The parameter a `Tham số` label names (its Vietnamese label, or its id), matched ignoring case and diacritics. */
export function paramByLabel(label: string): ParamDef | undefined {
  const key = matchKey(label);
  return key === "" ? undefined : BY_LABEL.get(key);
}

/** Every Vietnamese label (for "did you mean" hints on unknown `Tham số` keys). */
export const PARAMETER_LABELS: ReadonlyArray<string> = PARAMETERS.map((p) => p.label);

/** Default rule set by evaluation year (domain.md Settled details). */
export function defaultRuleSet(year: number): RuleSetId {
  if (year <= 2023) return "ND91-2017";
  if (year === 2024) return "ND98-2023";
  return "ND152-2025";
}

/** The rule set a `Bộ quy tắc` value names ("ND152-2025", "NĐ 152/2025", "nd98-2023" …), if any. */
export function ruleSetByName(text: string): RuleSetId | undefined {
  const key = matchKey(text);
  if (key === "") return undefined;
  return RULE_SETS.find((r) => matchKey(r) === key);
}

/** Parameter defaults of a rule set. */
export function ruleSetDefaults(ruleSet: RuleSetId): Record<ParamId, ParamValue> {
  const out = {} as Record<ParamId, ParamValue>;
  for (const p of PARAMETERS) out[p.id] = p.defaults[ruleSet];
  return out;
}

/** isErrorValue without its type guard (a guard would narrow every string away in the false branch). */
const isError = (v: CellValue): boolean => isErrorValue(v);

export type ParsedParam = { readonly ok: true; readonly value: ParamValue } | { readonly ok: false };

const TRUE_WORDS = new Set(["co", "true", "dung", "bat", "yes", "x", "1", "ap dung", "on"].map(matchKey));
const FALSE_WORDS = new Set(["khong", "false", "sai", "tat", "no", "0", "khong ap dung", "off"].map(matchKey));
const NONE_WORDS = new Set(["khong", "khong ap dung", "none", "khong co", "-", "—"].map(matchKey));

/**
 * Reads a `Giá trị` cell for a parameter. Blank → not an override ({ok:false}); unreadable or out of range →
 * {ok:false} (the validator reports it). Percent cells follow the workbook's percent rule (0.8 = 80 = "80 %").
 */
export function parseParamValue(def: ParamDef, value: CellValue): ParsedParam {
  if (isBlank(value) || isError(value)) return { ok: false };
  const text = typeof value === "string" ? value.trim() : String(value);
  if (def.type === "bool") {
    if (typeof value === "boolean") return { ok: true, value };
    const k = matchKey(text);
    if (TRUE_WORDS.has(k)) return { ok: true, value: true };
    if (FALSE_WORDS.has(k)) return { ok: true, value: false };
    return { ok: false };
  }
  if (def.nullable && typeof value === "string" && (NONE_WORDS.has(matchKey(text)) || /^[-—–]$/.test(text))) return { ok: true, value: null };
  switch (def.type) {
    case "percent": {
      const p = parsePercent(value);
      return p.ok && p.value >= 0 && p.value <= 1 ? { ok: true, value: p.value } : { ok: false };
    }
    case "number": {
      const n = parseNumber(value);
      return n.ok && n.value >= 0 ? { ok: true, value: n.value } : { ok: false };
    }
    case "int": {
      const n = parseNumber(value);
      return n.ok && Number.isInteger(n.value) && n.value >= 0 ? { ok: true, value: n.value } : { ok: false };
    }
    case "enum": {
      const k = matchKey(text);
      for (const o of def.options ?? []) {
        if (matchKey(o) === k) return { ok: true, value: o };
        for (const a of def.optionAliases?.[o] ?? []) if (matchKey(a) === k) return { ok: true, value: o };
      }
      return { ok: false };
    }
  }
}
