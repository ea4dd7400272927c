/** A document with NĐ 30 defaults: Times New Roman 14 pt, black, single spacing; Vietnamese proofing. */
import { Document, type ISectionOptions } from "docx";
import { SIZE } from "../format";
import { FONT_SPEC } from "./text";

export function administrativeDocument(title: string, sections: ReadonlyArray<ISectionOptions>): Document {
  return new Document({
    title,
    creator: "thidua",
    lastModifiedBy: "thidua",
    styles: {
      default: {
        document: {
          run: { font: FONT_SPEC, size: SIZE.body * 2, color: "000000", language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    },
    sections: [...sections],
  });
}
