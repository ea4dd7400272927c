/**
 * Page setup: A4 (portrait, or landscape for wide tables), NĐ 30 margins, and page numbers from page 2,
 * centred in the top margin (a different first-page header that stays empty).
 */
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from "docx";
import { A4, MARGINS, SIZE } from "../format";
import { FONT_SPEC } from "./text";

export type Orientation = "portrait" | "landscape";

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_SPEC, size: SIZE.pageNumber * 2 })],
      }),
    ],
  });
}

export function section(children: ISectionOptions["children"], orientation: Orientation = "portrait"): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...MARGINS },
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children,
  };
}
