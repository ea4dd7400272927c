/** Names of titles, ratings and scopes as the documents write them (always Vietnamese: administrative text). */
import { ACHIEVEMENT_KIND_DOMAIN, RATING_DOMAIN, SCOPE_DOMAIN, TITLE_DOMAIN, type Rating, type Scope, type Title } from "../../core/schema/enums";
import { isEmulationTitle } from "../../core/proposals/titles";

/** Full name: "Chiến sĩ thi đua cơ sở", "Bằng khen cấp Bộ, ngành, tỉnh". */
export function titleName(title: Title): string {
  return TITLE_DOMAIN.labels[title];
}

/** As a proposal names it: danh hiệu in quotes, forms plain. "Danh hiệu “Chiến sĩ thi đua cơ sở”". */
export function titlePhrase(title: Title): string {
  return isEmulationTitle(title) ? `Danh hiệu “${titleName(title)}”` : titleName(title);
}

/** For "ĐỀ NGHỊ TẶNG …" lines (in capitals): "DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ". */
export function titleCaps(title: Title): string {
  return (isEmulationTitle(title) ? `danh hiệu ${titleName(title)}` : titleName(title)).toLocaleUpperCase("vi");
}

/**
 * Several titles in one "ĐỀ NGHỊ TẶNG …" line: "A", "A VÀ B", "A, B VÀ C" (one "và", before the last; the
 * names themselves hold commas, so the list reads by its "và" and its capitals: DANH HIỆU …, BẰNG KHEN …).
 */
export function titlesCaps(titles: ReadonlyArray<Title>): string {
  const names = titles.map(titleCaps);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} VÀ ${names[names.length - 1]}`;
}

/** Short forms used inside lists of grounds ("CSTĐCS 2023, 2024"). */
const SHORT: Readonly<Record<Title, string>> = {
  LDTT: "LĐTT",
  CSTDCS: "CSTĐCS",
  CSTD_BO: "CSTĐ cấp Bộ, ngành, tỉnh",
  CSTDTQ: "CSTĐ toàn quốc",
  TTLDTT: "TTLĐTT",
  TTLDXS: "TTLĐXS",
  CO_BO: "Cờ thi đua cấp Bộ, ngành, tỉnh",
  CO_CP: "Cờ thi đua của Chính phủ",
  GIAY_KHEN: "Giấy khen",
  BK_BO: "Bằng khen cấp Bộ, ngành, tỉnh",
  BK_TTG: "Bằng khen của Thủ tướng Chính phủ",
};

export function titleShort(title: Title): string {
  return SHORT[title];
}

export function ratingName(rating: Rating): string {
  return RATING_DOMAIN.labels[rating];
}

export function scopeName(scope: Scope | null): string {
  return scope ? `Cấp ${SCOPE_DOMAIN.labels[scope].toLocaleLowerCase("vi")}` : "";
}

export function achievementKindName(kind: string): string {
  return (ACHIEVEMENT_KIND_DOMAIN.labels as Readonly<Record<string, string>>)[kind] ?? kind;
}

export function genderName(gender: string | null): string {
  return gender === "NAM" ? "Nam" : gender === "NU" ? "Nữ" : "";
}
