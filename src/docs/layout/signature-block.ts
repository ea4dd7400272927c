/**
 * The closing block: a borderless two-column table. The Tờ trình has "Nơi nhận:" (bold italic 12, items
 * 11 pt "- …;", the last "- Lưu: VT, …") on the left; reports have a second signer there. The right column
 * holds the authority word and position (bold caps), the space for the signature, and the name (bold).
 */
import { AlignmentType, Paragraph, Table } from "docx";
import { HEADER_COLUMNS, SIZE } from "../format";
import { layoutTable } from "./tables";
import { para, run, runs } from "./text";

const c = { align: AlignmentType.CENTER } as const;

/** A signer: position line(s) in bold caps, an optional note "(Ký, …)", blank space, then the name in bold. */
export function signer(position: string, name: string, note?: string): Paragraph[] {
  return [
    para(runs(position, { size: SIZE.signer, bold: true }), { ...c, before: 120 }),
    ...(note ? [para([run(note, { size: SIZE.signer, italics: true })], c)] : []),
    ...[0, 1, 2, 3].map(() => para([], { ...c, size: SIZE.signer })),
    para([run(name, { size: SIZE.signer, bold: true })], c),
  ];
}

/** The "Nơi nhận:" column: label, then the block placeholder the items replace. */
export function recipients(): Paragraph[] {
  return [
    para([run("Nơi nhận:", { size: SIZE.recipientsLabel, bold: true, italics: true })], { before: 120 }),
    para([run("{{noi_nhan}}", { size: SIZE.recipientsItem })]),
  ];
}

/**
 * The block itself, after an empty paragraph: Word and LibreOffice merge two tables that touch, so the
 * borderless block would otherwise swallow a data table just above it. That paragraph keeps with the block, so a
 * line before it that keeps with its next (the Danh sách's total) takes the signature along to the same page.
 */
export function signatureBlock(left: ReadonlyArray<Paragraph>, right: ReadonlyArray<Paragraph>, extraWidth = 0): [Paragraph, Table] {
  return [para([], { before: 120, keepNext: true }), layoutTable([HEADER_COLUMNS.left + Math.round(extraWidth / 2), HEADER_COLUMNS.right + extraWidth - Math.round(extraWidth / 2)], [[left, right]])];
}
