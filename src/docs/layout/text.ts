/** Runs and paragraphs in Times New Roman with NĐ 30 sizes (points → docx half-points). */
import { AlignmentType, Paragraph, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from "docx";
import { BODY, FONT, SIZE } from "../format";

export interface RunStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly allCaps?: boolean;
}

export const FONT_SPEC = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

function runOptions(style: RunStyle): IRunOptions {
  return { font: FONT_SPEC, size: (style.size ?? SIZE.body) * 2, bold: style.bold, italics: style.italics, allCaps: style.allCaps };
}

/** One run of text on one line. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ ...runOptions(style), text });
}

/** Runs for a text that may hold line breaks (`\n` → a line break in the same paragraph). */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ ...runOptions(style), text: line, break: i === 0 ? undefined : 1 }));
}

export interface ParaStyle extends RunStyle {
  readonly align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  readonly before?: number;
  readonly after?: number;
  readonly line?: number;
  readonly firstLine?: number;
  readonly indentLeft?: number;
  readonly indentRight?: number;
  readonly keepNext?: boolean;
}

export function para(children: string | ReadonlyArray<ParagraphChild>, style: ParaStyle = {}): Paragraph {
  const kids = typeof children === "string" ? runs(children, style) : [...children];
  const options: IParagraphOptions = {
    children: kids,
    alignment: style.align,
    spacing: { before: style.before ?? 0, after: style.after ?? 0, line: style.line ?? 240 },
    indent:
      style.firstLine !== undefined || style.indentLeft !== undefined || style.indentRight !== undefined
        ? { firstLine: style.firstLine, left: style.indentLeft, right: style.indentRight }
        : undefined,
    keepNext: style.keepNext,
  };
  return new Paragraph(options);
}

/** A body paragraph: justified, first-line indent, 6 pt before, 1.15 lines. */
export function bodyPara(children: string | ReadonlyArray<ParagraphChild>, style: ParaStyle = {}): Paragraph {
  return para(children, { align: AlignmentType.JUSTIFIED, firstLine: BODY.firstLine, before: BODY.before, line: BODY.line, ...style });
}

/** A centred paragraph (document type, titles). */
export function centred(children: string | ReadonlyArray<ParagraphChild>, style: ParaStyle = {}): Paragraph {
  return para(children, { align: AlignmentType.CENTER, ...style });
}
