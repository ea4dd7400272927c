/**
 * Enumerations of the tracking workbook: stable codes and every accepted spelling.
 * Matching ignores case, diacritics, spaces and punctuation (see `matchKey`).
 */
import { matchKey } from "../text/fold";
import { boundedMemo } from "../memo";

/** Yearly rating (xếp loại). HTXSNV: hoàn thành xuất sắc nhiệm vụ > HTTNV: tốt > HTNV: hoàn thành > KHTNV: không hoàn thành. */
export const RATINGS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
export type Rating = (typeof RATINGS)[number];

/** Titles and forms of commendation (danh hiệu / hình thức khen thưởng). */
export const TITLES = [
  "LDTT", // Lao động tiên tiến (person)
  "CSTDCS", // Chiến sĩ thi đua cơ sở
  "CSTD_BO", // Chiến sĩ thi đua cấp Bộ, ngành, tỉnh
  "CSTDTQ", // Chiến sĩ thi đua toàn quốc
  "TTLDTT", // Tập thể lao động tiên tiến (unit)
  "TTLDXS", // Tập thể lao động xuất sắc
  "CO_BO", // Cờ thi đua cấp Bộ, ngành, tỉnh
  "CO_CP", // Cờ thi đua của Chính phủ
  "GIAY_KHEN", // Giấy khen
  "BK_BO", // Bằng khen cấp Bộ, ngành, tỉnh
  "BK_TTG", // Bằng khen của Thủ tướng Chính phủ
] as const;
export type Title = (typeof TITLES)[number];

export const GENDERS = ["NAM", "NU"] as const;
export type Gender = (typeof GENDERS)[number];

/** Initiative scope (phạm vi ảnh hưởng), in increasing order. */
export const SCOPES = ["CO_SO", "BO_TINH", "TOAN_QUOC"] as const;
export type Scope = (typeof SCOPES)[number];

export const INITIATIVE_KINDS = ["SANG_KIEN", "DE_TAI"] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Discipline forms in increasing severity, then an open review (đang xem xét). */
export const DISCIPLINE_FORMS = [
  "KHIEN_TRACH",
  "CANH_CAO",
  "HA_BAC_LUONG",
  "GIANG_CHUC",
  "CACH_CHUC",
  "BUOC_THOI_VIEC",
  "DANG_XEM_XET",
] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

/** Kind of commendation (Luật Điều 8): công trạng, đột xuất, chuyên đề. */
export const AWARD_KINDS = ["CONG_TRANG", "DOT_XUAT", "CHUYEN_DE"] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

export const AWARD_STATUSES = ["HIEU_LUC", "BI_HUY"] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

export const CRITERION_KINDS = ["CONG", "TRU"] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export const COUNCIL_LEVELS = ["CO_SO", "BO_TINH"] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];

export const ACHIEVEMENT_KINDS = ["DOT_XUAT", "CHUYEN_DE", "THUONG_XUYEN"] as const;
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number];

export interface EnumDomain<C extends string = string> {
  readonly id: string;
  readonly codes: ReadonlyArray<C>;
  /** Vietnamese display label of each code (what the blank workbook's lists offer). */
  readonly labels: Readonly<Record<C, string>>;
  /** Extra accepted spellings of each code (the code and the label are always accepted). */
  readonly aliases: Readonly<Partial<Record<C, ReadonlyArray<string>>>>;
}

function domain<C extends string>(
  id: string,
  codes: ReadonlyArray<C>,
  labels: Record<C, string>,
  aliases: Partial<Record<C, string[]>> = {},
): EnumDomain<C> {
  return { id, codes, labels, aliases };
}

export const RATING_DOMAIN = domain("rating", RATINGS, {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
});

export const TITLE_DOMAIN = domain("title", TITLES, {
  LDTT: "Lao động tiên tiến",
  CSTDCS: "Chiến sĩ thi đua cơ sở",
  CSTD_BO: "Chiến sĩ thi đua cấp Bộ, ngành, tỉnh",
  CSTDTQ: "Chiến sĩ thi đua toàn quốc",
  TTLDTT: "Tập thể lao động tiên tiến",
  TTLDXS: "Tập thể lao động xuất sắc",
  CO_BO: "Cờ thi đua cấp Bộ, ngành, tỉnh",
  CO_CP: "Cờ thi đua của Chính phủ",
  GIAY_KHEN: "Giấy khen",
  BK_BO: "Bằng khen cấp Bộ, ngành, tỉnh",
  BK_TTG: "Bằng khen của Thủ tướng Chính phủ",
}, {
  LDTT: ["LĐTT"],
  CSTDCS: ["CSTĐ cơ sở", "CSTĐCS"],
  CSTD_BO: ["Chiến sĩ thi đua cấp Bộ", "Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua ngành Tư pháp", "CSTĐ cấp Bộ", "CSTĐ cấp tỉnh"],
  CSTDTQ: ["CSTĐ toàn quốc"],
  TTLDTT: ["TTLĐTT"],
  TTLDXS: ["TTLĐXS"],
  CO_BO: [
    "Cờ thi đua của Bộ Tư pháp",
    "Cờ thi đua ngành Tư pháp",
    "Cờ thi đua của UBND tỉnh",
    "Cờ thi đua của Ủy ban nhân dân tỉnh",
  ],
  CO_CP: ["Cờ thi đua Chính phủ"],
  BK_BO: [
    "Bằng khen của Bộ trưởng Bộ Tư pháp",
    "Bằng khen Bộ Tư pháp",
    "Bằng khen của Bộ Tư pháp",
    "Bằng khen của Chủ tịch UBND tỉnh",
    "Bằng khen UBND tỉnh",
    "Bằng khen của UBND tỉnh",
  ],
  BK_TTG: ["Bằng khen Thủ tướng", "Bằng khen Thủ tướng Chính phủ"],
});

export const GENDER_DOMAIN = domain("gender", GENDERS, { NAM: "Nam", NU: "Nữ" }, { NAM: ["M", "Male"], NU: ["F", "Female"] });

export const SCOPE_DOMAIN = domain("scope", SCOPES, {
  CO_SO: "Cơ sở",
  BO_TINH: "Bộ, ngành, tỉnh",
  TOAN_QUOC: "Toàn quốc",
}, { CO_SO: ["Cấp cơ sở"], BO_TINH: ["Cấp Bộ", "Cấp tỉnh", "Bộ", "Tỉnh", "Cấp Bộ, ngành, tỉnh", "Ngành"], TOAN_QUOC: ["Cấp toàn quốc"] });

export const INITIATIVE_KIND_DOMAIN = domain("initiativeKind", INITIATIVE_KINDS, {
  SANG_KIEN: "Sáng kiến",
  DE_TAI: "Đề tài",
}, { DE_TAI: ["Đề tài nghiên cứu", "Đề tài khoa học", "Đề tài nghiên cứu khoa học"] });

export const DISCIPLINE_DOMAIN = domain("disciplineForm", DISCIPLINE_FORMS, {
  KHIEN_TRACH: "Khiển trách",
  CANH_CAO: "Cảnh cáo",
  HA_BAC_LUONG: "Hạ bậc lương",
  GIANG_CHUC: "Giáng chức",
  CACH_CHUC: "Cách chức",
  BUOC_THOI_VIEC: "Buộc thôi việc",
  DANG_XEM_XET: "Đang xem xét",
}, { DANG_XEM_XET: ["Đang xem xét kỷ luật", "Đang thanh tra", "Đang giải quyết khiếu nại"] });

export const AWARD_KIND_DOMAIN = domain("awardKind", AWARD_KINDS, {
  CONG_TRANG: "Công trạng",
  DOT_XUAT: "Đột xuất",
  CHUYEN_DE: "Chuyên đề",
}, { CONG_TRANG: ["Thường xuyên"] });

export const AWARD_STATUS_DOMAIN = domain("awardStatus", AWARD_STATUSES, {
  HIEU_LUC: "Hiệu lực",
  BI_HUY: "Bị hủy",
}, { HIEU_LUC: ["Còn hiệu lực"], BI_HUY: ["Hủy", "Đã hủy", "Bị thu hồi", "Thu hồi"] });

export const CRITERION_KIND_DOMAIN = domain("criterionKind", CRITERION_KINDS, { CONG: "Cộng", TRU: "Trừ" }, {
  CONG: ["+", "Điểm cộng"],
  TRU: ["-", "Điểm trừ"],
});

export const COUNCIL_LEVEL_DOMAIN = domain("councilLevel", COUNCIL_LEVELS, { CO_SO: "Cơ sở", BO_TINH: "Bộ, tỉnh" }, {
  CO_SO: ["Cấp cơ sở"],
  BO_TINH: ["Bộ", "Tỉnh", "Cấp Bộ", "Cấp tỉnh", "Bộ, ngành, tỉnh", "Cấp trên"],
});

export const ACHIEVEMENT_KIND_DOMAIN = domain("achievementKind", ACHIEVEMENT_KINDS, {
  DOT_XUAT: "Đột xuất",
  CHUYEN_DE: "Chuyên đề",
  THUONG_XUYEN: "Thường xuyên",
});

export const DOMAINS = {
  rating: RATING_DOMAIN,
  title: TITLE_DOMAIN,
  gender: GENDER_DOMAIN,
  scope: SCOPE_DOMAIN,
  initiativeKind: INITIATIVE_KIND_DOMAIN,
  disciplineForm: DISCIPLINE_DOMAIN,
  awardKind: AWARD_KIND_DOMAIN,
  awardStatus: AWARD_STATUS_DOMAIN,
  criterionKind: CRITERION_KIND_DOMAIN,
  councilLevel: COUNCIL_LEVEL_DOMAIN,
  achievementKind: ACHIEVEMENT_KIND_DOMAIN,
} as const;
export type DomainId = keyof typeof DOMAINS;

const lookupCache = new Map<string, Map<string, string>>();

function lookupOf(d: EnumDomain): Map<string, string> {
  let map = lookupCache.get(d.id);
  if (!map) {
    map = new Map();
    for (const code of d.codes) {
      map.set(matchKey(code), code);
      map.set(matchKey(d.labels[code as keyof typeof d.labels]), code);
      for (const alias of d.aliases[code as keyof typeof d.aliases] ?? []) map.set(matchKey(alias), code);
    }
    lookupCache.set(d.id, map);
  }
  return map;
}

/** Texts already matched, per domain: a workbook spells the same few values tens of thousands of times. */
const matchers = new Map<string, (text: string) => string | null>();

/** Matches a typed value to a code of the domain, or null when it is not an accepted spelling. */
export function matchEnum<C extends string>(d: EnumDomain<C>, text: string): C | null {
  let match = matchers.get(d.id);
  if (!match) {
    match = boundedMemo((t: string) => {
      const key = matchKey(t);
      return key === "" ? null : ((lookupOf(d).get(key) as C | undefined) ?? null);
    }, 10_000);
    matchers.set(d.id, match);
  }
  return match(text) as C | null;
}

/** Every accepted spelling of a domain, labels first (for hints). */
export function spellings(d: EnumDomain): string[] {
  const out: string[] = d.codes.map((c) => d.labels[c as keyof typeof d.labels]);
  for (const c of d.codes) {
    out.push(c);
    for (const a of d.aliases[c as keyof typeof d.aliases] ?? []) out.push(a);
  }
  return out;
}

/** Rank of a rating, higher is better (HTXSNV 3 … KHTNV 0). */
export function ratingRank(r: Rating): number {
  return 3 - RATINGS.indexOf(r);
}

/** Rank of a scope (CO_SO 0 < BO_TINH 1 < TOAN_QUOC 2). */
export function scopeRank(s: Scope): number {
  return SCOPES.indexOf(s);
}
