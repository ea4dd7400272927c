/**
 * Legal sources cited in the reasons (domain.md). Citations are shown as written, in every language.
 * Parts that are parameters because the law is unconfirmed name the parameter id.
 */
export const SOURCES = {
  R1: "Luật TĐKT 2022 Điều 24.1",
  R1_NEW_RECRUITS: "Quy chế đơn vị [U] (tham số ldttExcludeNewRecruits)",
  R1_LEAVE: "Quy chế đơn vị [U] (tham số ldttExcludeLongLeave); NĐ 152/2025 Điều 4.5",
  R1_DISCIPLINED: "Quy chế đơn vị [U] (tham số ldttExcludeDisciplined)",
  R2: "Luật TĐKT 2022 Điều 23",
  R3: "NĐ 91/2017 Điều 8 (tham số cstdcsQuota)",
  R4: "Luật TĐKT 2022 Điều 22",
  R5: "Luật TĐKT 2022 Điều 21",
  R6: "Luật TĐKT 2022 Điều 74.1.d",
  R7: "Luật TĐKT 2022 Điều 73.1.b",
  R8: "NĐ 152/2025 Điều 4.4",
  R9: "NĐ 152/2025 Điều 4.4",
  R11: "Luật TĐKT 2022 Điều 8; NĐ 152/2025 Điều 4.3",
  R12: "Luật TĐKT 2022 (khen thưởng bị hủy bỏ không được tính)",
  R13: "CV 5007/BNV-TĐKT mục III.5.c",
  R20: "NĐ 152/2025 Điều 4.6",
  C2: "NĐ 98/2023 Điều 30.7",
  C3: "NĐ 98/2023 Điều 34",
} as const;
