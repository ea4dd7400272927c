/**
 * Values of the council minutes: members total / present / absent (with written opinions), each candidate's
 * votes as a share of ALL members against the title's threshold, the conclusion per title, and the secretary.
 */
import type { CouncilCandidate, ProposalSet } from "../../core/proposals/types";
import { TITLE_LEVEL_ORDER } from "../../core/proposals/titles";
import type { Title } from "../../core/schema/enums";
import { count, longDate, number, percent, BLANK } from "../wording/format-values";
import { titlePhrase } from "../wording/titles";
import type { BlockParagraph, RowsValue, TemplateValues } from "../values";
import { agencyInText, commonValues, NUMBER_SPACE, positionAndUnit } from "./common";

function resultWord(c: CouncilCandidate): string {
  return c.passed === true ? "Đạt" : c.passed === false ? "Không đạt" : BLANK;
}

export function candidateRows(set: ProposalSet): RowsValue {
  const groups: Array<Record<string, string | RowsValue>> = [];
  const agency = agencyInText(set);
  const titles = TITLE_LEVEL_ORDER.filter((t) => set.council.candidates.some((c) => c.title === t));
  let stt = 0;
  titles.forEach((title, i) => {
    const of = set.council.candidates.filter((c) => c.title === title);
    groups.push({
      tieu_de: `${i + 1}. ${titlePhrase(title)}`,
      dong: {
        rows: of.map((c) => {
          stt++;
          const s = set.subjects[c.subject];
          return {
            stt: String(stt),
            ten: s?.name ?? c.subject,
            // A person's unit; a collective's is the agency it belongs to (blank for the agency itself), as in the Danh sách.
            don_vi: s?.kind === "person" ? s.unitName : positionAndUnit(s, agency),
            so_phieu: c.votesFor !== null ? `${number(c.votesFor)}/${number(c.members)}` : BLANK,
            ty_le: percent(c.share),
            nguong: c.threshold !== null ? `≥ ${percent(c.threshold)}` : "",
            ket_qua: resultWord(c),
          };
        }),
      },
    });
  });
  return { rows: groups };
}

/** "- Danh hiệu “…”: 03/04 cá nhân đạt;" per title voted on, then the agency's titles decided without a vote. */
export function conclusionLines(set: ProposalSet): BlockParagraph[] {
  const lines: string[] = [];
  const voted = new Set<Title>();
  for (const title of TITLE_LEVEL_ORDER) {
    const of = set.council.candidates.filter((c) => c.title === title);
    if (of.length === 0) continue;
    voted.add(title);
    const passed = of.filter((c) => c.passed === true).length;
    const who = of.every((c) => c.subjectKind === "unit") ? "tập thể" : of.every((c) => c.subjectKind === "person") ? "cá nhân" : "tập thể, cá nhân";
    lines.push(`${titlePhrase(title)}: ${count(passed)}/${count(of.length)} ${who} đạt tỷ lệ phiếu theo quy định`);
  }
  for (const c of set.counts.own) {
    if (voted.has(c.title)) continue;
    const parts = [c.units > 0 ? `${count(c.units)} tập thể` : "", c.persons > 0 ? `${count(c.persons)} cá nhân` : ""].filter((s) => s !== "");
    lines.push(`${titlePhrase(c.title)}: ${parts.join(", ")} đủ tiêu chuẩn, đề nghị công nhận (có danh sách kèm theo)`);
  }
  if (lines.length === 0) return [{ text: "Không có tập thể, cá nhân nào được đưa ra xét.", style: "body" }];
  return lines.map((l, i) => ({ text: `- ${l}${i === lines.length - 1 ? "." : ";"}`, style: "body" }));
}

/**
 * The absentees' part of the "Thành phần" sentence: "không có thành viên vắng mặt" when nobody is absent, else
 * "vắng mặt 02 thành viên, trong đó 01 thành viên có ý kiến bằng văn bản" (zero-padded counts; dotted blanks to
 * fill by hand when the counts are not known).
 */
export function absenteesPhrase(absent: number | null, writtenAbsent: number | null): string {
  if (absent === 0) return "không có thành viên vắng mặt";
  const show = (n: number | null) => (n === null ? BLANK : count(n));
  return `vắng mặt ${show(absent)} thành viên, trong đó ${show(writtenAbsent)} thành viên có ý kiến bằng văn bản`;
}

export function bienBanValues(set: ProposalSet): TemplateValues {
  const c = set.council;
  const show = (n: number | null) => (n === null ? BLANK : count(n));
  return {
    ...commonValues(set),
    so: c.minutesNo || `${NUMBER_SPACE}/BB-HĐTĐKT`,
    ngay_hop: longDate(c.meetingDate ?? set.documentDate),
    tong_thanh_vien: show(c.members),
    co_mat: show(c.present),
    vang: show(c.absent),
    vang_co_y_kien: show(c.writtenAbsent),
    vang_mat: absenteesPhrase(c.absent, c.writtenAbsent),
    nhom: candidateRows(set),
    ket_luan: { block: conclusionLines(set) },
    thu_ky: set.agency.councilSecretary,
  };
}
