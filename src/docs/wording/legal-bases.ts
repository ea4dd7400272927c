/**
 * The legal bases a Tờ trình cites, by rule set (domain.md "Legal basis"), then the movement plan and the
 * council minutes from the settings. Each line starts "Căn cứ" and ends with ";".
 */
import type { ProposalSet } from "../../core/proposals/types";
import { longDate } from "./format-values";

const LAW_2022 = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";

const BY_RULE_SET: Readonly<Record<string, ReadonlyArray<string>>> = {
  "ND152-2025": [
    LAW_2022,
    "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
    "Căn cứ Thông tư số 15/2025/TT-BNV của Bộ trưởng Bộ Nội vụ;",
    "Căn cứ Thông tư số 11/2023/TT-BTP của Bộ trưởng Bộ Tư pháp hướng dẫn công tác thi đua, khen thưởng ngành Tư pháp;",
  ],
  "ND98-2023": [
    LAW_2022,
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
    "Căn cứ Thông tư số 11/2023/TT-BTP của Bộ trưởng Bộ Tư pháp hướng dẫn công tác thi đua, khen thưởng ngành Tư pháp;",
  ],
  "ND91-2017": [
    "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;",
    "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
  ],
};

/** "Căn cứ …;" lines of the Tờ trình, in order: law, decree, circulars, movement plan, council minutes. */
export function legalBases(set: ProposalSet, agencyInText: string): string[] {
  const out = [...(BY_RULE_SET[set.ruleSet] ?? BY_RULE_SET["ND152-2025"])];
  const plan = set.agency.plan.replace(/[;.\s]+$/, "");
  if (plan !== "") out.push(/^căn cứ/i.test(plan) ? `${plan};` : `Căn cứ ${plan};`);
  const { minutesNo, meetingDate } = set.agency;
  const council = `Hội đồng Thi đua - Khen thưởng${agencyInText ? ` ${agencyInText}` : ""}`;
  if (minutesNo !== "") out.push(`Căn cứ Biên bản họp ${council} số ${minutesNo}${meetingDate ? ` ${longDate(meetingDate)}` : ""};`);
  else out.push(`Căn cứ kết quả họp ${council}${meetingDate ? ` ${longDate(meetingDate)}` : ""};`);
  return out;
}
