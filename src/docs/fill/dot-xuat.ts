/** Values of the Báo cáo thành tích đột xuất: the feat (date, content), its evidence, the form proposed. */
import type { AdHocProposal, ProposalSet } from "../../core/proposals/types";
import { asSentence, orBlank, shortDate } from "../wording/format-values";
import { achievementKindName, titleCaps, titleName } from "../wording/titles";
import type { TemplateValues } from "../values";
import { agencyInText, commonValues, positionAndUnit } from "./common";

export function dotXuatValues(set: ProposalSet, p: AdHocProposal): TemplateValues {
  const s = set.subjects[p.subject];
  return {
    ...commonValues(set),
    de_nghi: titleCaps(p.title),
    hinh_thuc: titleName(p.title),
    ten: s?.name ?? p.subject,
    chuc_vu_don_vi: orBlank(positionAndUnit(s, agencyInText(set))),
    ngay_thanh_tich: orBlank(shortDate(p.date)),
    // The template writes these two after a label with no full stop of its own: the clerk's text may end with one.
    noi_dung: asSentence(p.content),
    minh_chung: asSentence(p.evidence),
    loai_thanh_tich: achievementKindName(p.achievementKind),
  };
}
