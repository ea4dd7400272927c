/**
 * The Vietnamese administrative format (NĐ 30/2020/NĐ-CP, Phụ lục I) as numbers: page, margins, fonts,
 * sizes. Twips (1/20 pt; 1 mm = 56.7 twips); font sizes in points.
 */

/** A4: 210 × 297 mm. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Margins: top and bottom 20 mm, left 30 mm, right 20 mm (NĐ 30: 20–25, 20–25, 30–35, 15–20). */
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 1134, header: 567, footer: 567 } as const;

/** Width available to text, portrait and landscape. */
export const TEXT_WIDTH = {
  portrait: A4.width - MARGINS.left - MARGINS.right,
  landscape: A4.height - MARGINS.left - MARGINS.right,
} as const;

export const FONT = "Times New Roman";

/** Font sizes in points. */
export const SIZE = {
  body: 14,
  table: 13,
  /** Cơ quan chủ quản (regular caps) and cơ quan ban hành (bold caps). */
  agency: 12,
  /** Quốc hiệu, bold caps. */
  nationalTitle: 12,
  /** Tiêu ngữ, bold. */
  motto: 13,
  number: 13,
  placeDate: 14,
  docType: 14,
  subject: 14,
  pageNumber: 14,
  recipientsLabel: 12,
  recipientsItem: 11,
  signer: 14,
} as const;

/** Body paragraphs: first-line indent 1.27 cm, 6 pt before, line spacing 1.15. */
export const BODY = { firstLine: 720, before: 120, after: 0, line: 276 } as const;

/**
 * Lengths of the short rules of the header: under the Tiêu ngữ as long as its text at SIZE.motto in bold
 * Times New Roman (measured: 166.6 pt), under the issuing agency about a third of its column.
 */
export const RULE = { motto: 3340, agency: 1300 } as const;

/** The two columns of the header table (portrait; landscape adds the extra width to the right column). */
export const HEADER_COLUMNS = { left: 3402, right: TEXT_WIDTH.portrait - 3402 } as const;

/** Thin single borders of the data tables (eighths of a point). */
export const TABLE_BORDER = { size: 4, color: "000000" } as const;

/** Cell margins of data tables (twips). */
export const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 } as const;
