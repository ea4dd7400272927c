/** Values every template shares: header (agencies, place and date), year, movement, signer. */
import type { ProposalSet, SubjectInfo } from "../../core/proposals/types";
import { dateParts, sentenceName, BLANK } from "../wording/format-values";

/** Spaces left for a number the registry assigns later ("Số:      /TTr-THADS"). */
export const NUMBER_SPACE = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

/** The number part of a document number: "15/TTr-THADS" → "15"; empty → spaces to fill by hand. */
export function numberPart(value: string): string {
  const n = value.split("/")[0].trim();
  return n === "" ? NUMBER_SPACE : n;
}

const upper = (s: string) => s.toLocaleUpperCase("vi");

/** The agency's name for running text. */
export function agencyInText(set: ProposalSet): string {
  return sentenceName(set.agency.agency, set.agency.place);
}

export function commonValues(set: ProposalSet): Record<string, string> {
  const a = set.agency;
  const d = dateParts(set.documentDate);
  const signTitle = [a.signAuthority, a.signerTitle].filter((s) => s.trim() !== "").join(" ");
  return {
    co_quan_chu_quan: upper(a.parentAgency),
    co_quan: a.agency === "" ? BLANK : upper(a.agency),
    co_quan_ten: agencyInText(set) || BLANK,
    viet_tat: a.abbreviation || BLANK,
    dia_danh: a.place || BLANK,
    ngay: d.day,
    thang: d.month,
    nam: d.year,
    nam_thi_dua: String(set.year),
    phong_trao: a.movement,
    chuc_danh_ky: upper(signTitle),
    nguoi_ky: a.signer,
  };
}

/**
 * "Chức vụ, đơn vị" of a person ("Chấp hành viên, Phòng Thi hành án dân sự khu vực 1"). A unit has no position:
 * its "đơn vị" is the agency it belongs to (`agency`, not its emulation cluster), and nothing for the agency itself.
 */
export function positionAndUnit(s: SubjectInfo | undefined, agency: string): string {
  if (!s) return "";
  if (s.kind === "unit") return s.name.trim().toLocaleLowerCase("vi") === agency.trim().toLocaleLowerCase("vi") ? "" : agency;
  return [s.position, s.unitName].filter((x) => x.trim() !== "").join(", ");
}
