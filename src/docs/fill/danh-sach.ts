/**
 * Values of a Danh sách: groups I. Tập thể / II. Cá nhân, each title a sub-group by level (highest first);
 * one row per nominee: STT, full name, position and unit, title, grounds.
 */
import type { Proposal, ProposalScope, ProposalSet } from "../../core/proposals/types";
import { TITLE_LEVEL_ORDER } from "../../core/proposals/titles";
import { count, longDate } from "../wording/format-values";
import { groundsLines } from "../wording/grounds";
import { titlePhrase } from "../wording/titles";
import type { RowsValue, TemplateValues } from "../values";
import { agencyInText, commonValues, numberPart, positionAndUnit } from "./common";

const ROMAN = ["I", "II", "III", "IV"];

export function nomineeRows(set: ProposalSet, proposals: ReadonlyArray<Proposal>): RowsValue {
  const groups: Array<Record<string, string | RowsValue>> = [];
  const agency = agencyInText(set);
  let stt = 0;
  const kinds = (["unit", "person"] as const).filter((k) => proposals.some((p) => p.subjectKind === k));
  kinds.forEach((kind, k) => {
    groups.push({ tieu_de: `${ROMAN[k]}. ${kind === "unit" ? "TẬP THỂ" : "CÁ NHÂN"}`, dong: { rows: [] } });
    const titles = TITLE_LEVEL_ORDER.filter((t) => proposals.some((p) => p.subjectKind === kind && p.title === t));
    titles.forEach((title, j) => {
      const of = proposals.filter((p) => p.subjectKind === kind && p.title === title);
      groups.push({
        tieu_de: `${j + 1}. ${titlePhrase(title)} (${count(of.length)} ${kind === "unit" ? "tập thể" : "cá nhân"})`,
        dong: {
          rows: of.map((p) => {
            stt++;
            const s = set.subjects[p.subject];
            const unitResults = p.subjectKind === "unit" ? set.results[s?.unitCode ?? p.subject] : undefined;
            return {
              stt: String(stt),
              ten: s?.name ?? p.subject,
              chuc_vu_don_vi: positionAndUnit(s, agency),
              danh_hieu: titlePhrase(p.title),
              thanh_tich: groundsLines(p.grounds, unitResults, true).join(";\n"),
            };
          }),
        },
      });
    });
  });
  return { rows: groups };
}

export function totalLine(proposals: ReadonlyArray<Proposal>): string {
  const units = new Set(proposals.filter((p) => p.subjectKind === "unit").map((p) => p.subject)).size;
  const persons = new Set(proposals.filter((p) => p.subjectKind === "person").map((p) => p.subject)).size;
  return `Tổng cộng: ${count(units)} tập thể, ${count(persons)} cá nhân (${count(proposals.length)} lượt đề nghị).`;
}

export function danhSachValues(set: ProposalSet, scope: ProposalScope): TemplateValues {
  const proposals = scope === "upward" ? set.upward : set.own;
  const agency = agencyInText(set);
  const a = set.agency;
  const kemTheo =
    scope === "upward"
      ? `(Kèm theo Tờ trình số ${numberPart(a.submissionNo)}/TTr-${a.abbreviation || "……"} ${longDate(set.documentDate)} của ${agency || "……"})`
      : `(Kèm theo Biên bản họp Hội đồng Thi đua - Khen thưởng${a.minutesNo ? ` số ${a.minutesNo}` : ""}${a.meetingDate ? ` ${longDate(a.meetingDate)}` : ""})`;
  return {
    ...commonValues(set),
    so: numberPart(a.submissionNo),
    tieu_de:
      scope === "upward"
        ? `Tập thể, cá nhân đề nghị cấp trên khen thưởng năm ${set.year}`
        : `Tập thể, cá nhân đề nghị công nhận danh hiệu thi đua năm ${set.year} thuộc thẩm quyền của Thủ trưởng ${agency || "cơ quan"}`,
    kem_theo: kemTheo,
    tong_so: totalLine(proposals),
    nhom: nomineeRows(set, proposals),
  };
}
