/**
 * The header of an administrative document (NĐ 30/2020 Phụ lục I): a two-column borderless table.
 * Left: cơ quan chủ quản (regular caps) and cơ quan ban hành (bold caps) with a short rule under it, then the
 * number line. Right: Quốc hiệu (bold caps), Tiêu ngữ (bold) with a rule as long as its text, then the italic
 * place-date line. The number and the date share the second row so they line up.
 */
import { AlignmentType, BorderStyle, Paragraph, type ParagraphChild } from "docx";
import { HEADER_COLUMNS, RULE, SIZE } from "../format";
import { layoutTable } from "./tables";
import { para, run } from "./text";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/**
 * A centred horizontal rule of the given length inside a column: a tiny empty paragraph with a bottom border,
 * so that the line sits just under the text above it.
 */
export function rule(length: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - 114 - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 240 },
    run: { size: 4 },
    children: [],
  });
}

export interface HeaderOptions {
  /**
   * The first line of the left column, in regular caps: the directly managing agency of the issuer; default the
   * cơ quan chủ quản placeholder. A body inside the agency (the Hội đồng) has the agency itself there.
   */
  readonly parentLine?: ReadonlyArray<ParagraphChild>;
  /** Lines of the left column under the parent agency; default: the issuing agency placeholder. */
  readonly agencyLines?: ReadonlyArray<ReadonlyArray<ParagraphChild>>;
  /** The number line ("Số: {{so}}/TTr-{{viet_tat}}"), or none. */
  readonly numberLine?: ReadonlyArray<ParagraphChild>;
  /** Extra width for the right column (landscape pages). */
  readonly extraWidth?: number;
}

const c = { align: AlignmentType.CENTER } as const;

export function headerBlock(options: HeaderOptions = {}) {
  const left = HEADER_COLUMNS.left;
  const right = HEADER_COLUMNS.right + (options.extraWidth ?? 0);
  const agencyLines = options.agencyLines ?? [[run("{{co_quan}}", { size: SIZE.agency, bold: true })]];
  const leftTop: Paragraph[] = [
    para(options.parentLine ? [...options.parentLine] : [run("{{co_quan_chu_quan}}", { size: SIZE.agency })], c),
    ...agencyLines.map((children) => para([...children], c)),
    rule(RULE.agency, left),
  ];
  const rightTop: Paragraph[] = [
    para([run(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true })], c),
    para([run(MOTTO, { size: SIZE.motto, bold: true })], c),
    rule(RULE.motto, right),
  ];
  const leftBottom = [para(options.numberLine ? [...options.numberLine] : [], { ...c, before: 60, size: SIZE.number })];
  const rightBottom = [
    para([run("{{dia_danh}}, ngày {{ngay}} tháng {{thang}} năm {{nam}}", { size: SIZE.placeDate, italics: true })], { ...c, before: 60 }),
  ];
  return layoutTable([left, right], [
    [leftTop, rightTop],
    [leftBottom, rightBottom],
  ]);
}
