/** Values of the Tờ trình: legal bases, summary, counts per title, request, Nơi nhận. */
import type { ProposalSet, TitleCount } from "../../core/proposals/types";
import { count, longDate } from "../wording/format-values";
import { legalBases } from "../wording/legal-bases";
import { titlePhrase } from "../wording/titles";
import type { BlockParagraph, TemplateValues } from "../values";
import { agencyInText, commonValues, numberPart } from "./common";

/** The last item of "Nơi nhận" when the settings give none (archive: văn thư and the drafting office). */
export const DEFAULT_ARCHIVE = "Lưu: VT, TCCB.";

/** "- Danh hiệu “…”: 02 tập thể, 03 cá nhân;" — the last line ends with ".". */
export function countLines(counts: ReadonlyArray<TitleCount>): BlockParagraph[] {
  return counts.map((c, i) => {
    const parts = [c.units > 0 ? `${count(c.units)} tập thể` : "", c.persons > 0 ? `${count(c.persons)} cá nhân` : ""].filter((s) => s !== "");
    return { text: `- ${titlePhrase(c.title)}: ${parts.join(", ")}${i === counts.length - 1 ? "." : ";"}`, style: "body" };
  });
}

/** Nơi nhận items "- …;" with the archive line last "- Lưu: VT, ….". */
export function recipientLines(set: ProposalSet): BlockParagraph[] {
  const items = set.agency.distribution.map((s) => s.replace(/^[-–•]\s*/, "").replace(/[;.]+$/, "").trim()).filter((s) => s !== "");
  const archive = items.filter((s) => /^lưu\b/i.test(s));
  const others = items.filter((s) => !/^lưu\b/i.test(s));
  const list = others.length > 0 ? others : ["Như trên"];
  const last = archive.length > 0 ? `${archive[archive.length - 1]}.` : DEFAULT_ARCHIVE;
  return [...list.map((s) => ({ text: `- ${s};`, style: "item" as const })), { text: `- ${last}`, style: "item" }];
}

/** The movement as a sentence names it: quoted unless the clerk's text already has quotes. */
export function movementPhrase(movement: string): string {
  const m = movement.trim().replace(/^phong trào thi đua\s*/i, "");
  if (m === "") return "các phong trào thi đua";
  const quoted = /["“”]/.test(m) ? m.replace(/"([^"]*)"/g, "“$1”") : `“${m}”`;
  return `phong trào thi đua ${quoted}`;
}

/**
 * The review state of the upward proposals (issue 9), said only when the workbook's `Đề nghị` was reviewed:
 * all approved (always so with --approved-only) or how many of them.
 */
export function reviewSentence(set: ProposalSet): string {
  const states = set.upward.map((p) => p.review);
  if (states.length === 0 || states.every((s) => s === "unknown")) return "";
  const approved = states.filter((s) => s === "approved").length;
  return approved === states.length
    ? ` Danh sách đề nghị đã được Thủ trưởng cơ quan và các thành viên Hội đồng Thi đua - Khen thưởng rà soát, thống nhất (${count(approved)}/${count(states.length)} đề nghị).`
    : ` Danh sách đề nghị đã được rà soát, thống nhất ${count(approved)}/${count(states.length)} đề nghị; các đề nghị còn lại đang được rà soát.`;
}

export function summaryText(set: ProposalSet): string {
  const agency = agencyInText(set) || "Cơ quan";
  const meeting = set.agency.meetingDate ? ` ${longDate(set.agency.meetingDate)}` : "";
  return (
    `Thực hiện ${movementPhrase(set.agency.movement)}, trong năm ${set.year}, ${agency} đã tổ chức đánh giá, bình xét thi đua, khen thưởng theo quy định. ` +
    `Trên cơ sở đề nghị của các đơn vị và kết quả họp Hội đồng Thi đua - Khen thưởng${meeting}, các tập thể, cá nhân dưới đây đủ tiêu chuẩn đề nghị cấp trên khen thưởng.` +
    reviewSentence(set)
  );
}

export function toTrinhValues(set: ProposalSet): TemplateValues {
  const units = new Set(set.upward.filter((p) => p.subjectKind === "unit").map((p) => p.subject)).size;
  const persons = new Set(set.upward.filter((p) => p.subjectKind === "person").map((p) => p.subject)).size;
  const recipient = set.agency.recipient;
  return {
    ...commonValues(set),
    so: numberPart(set.agency.submissionNo),
    kinh_gui: recipient || "……",
    can_cu: { block: legalBases(set, agencyInText(set)).map((text) => ({ text, style: "body" as const })) },
    tom_tat: summaryText(set),
    so_luong: { block: countLines(set.counts.upward) },
    tong_tap_the: count(units),
    tong_ca_nhan: count(persons),
    noi_nhan: { block: recipientLines(set) },
  };
}
