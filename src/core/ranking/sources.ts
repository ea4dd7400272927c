/** Legal sources named in the unit side's reasons (domain.md; [P] and [U] marks are the spec's). */
import type { RuleSetId } from "../rules/parameters";

export const SOURCES = {
  K1: "QĐ 1682/QĐ-BTP (tỷ lệ thi hành xong về việc, về tiền)",
  K2: "QĐ 1682/QĐ-BTP (giảm việc chuyển kỳ sau)",
  K3: "Tiêu chí chấm điểm thi đua (sheet Tiêu chí, Chấm điểm)",
  K4: "QĐ 1682/QĐ-BTP (phân loại A, B, C, D)",
  K6: "QĐ 1682/QĐ-BTP; NĐ 152/2025 Điều 4.6 (thứ tự trong khối thi đua)",
  R15: "Luật TĐKT 2022 Điều 27.1",
  R16: "Luật TĐKT 2022 Điều 26.1; TT 11/2023/TT-BTP",
  R19: "Luật TĐKT 2022 Điều 74.2",
} as const;

/** R14's source depends on the rule set (legacy ND91 says "trên 50 %"). */
export function sourceR14(ruleSet: RuleSetId): string {
  return ruleSet === "ND91-2017" ? "Luật TĐKT 2003 (sửa đổi 2013); NĐ 91/2017" : "Luật TĐKT 2022 Điều 28";
}
