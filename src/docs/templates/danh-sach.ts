/** Default template of the Danh sách đề nghị (annex of the Tờ trình), landscape, grouped by title level. */
import type { Document } from "docx";
import { SIZE, TEXT_WIDTH } from "../format";
import { administrativeDocument } from "../layout/document";
import { headerBlock } from "../layout/header-block";
import { section } from "../layout/section";
import { signatureBlock, signer } from "../layout/signature-block";
import { centred, para, run } from "../layout/text";
import { CENTER, fit, groupedTable } from "./parts";

const EXTRA = TEXT_WIDTH.landscape - TEXT_WIDTH.portrait;

export function danhSachTemplate(): Document {
  const widths = fit([700, 3300, 3700, 2700, 3603], TEXT_WIDTH.landscape);
  return administrativeDocument("Danh sách đề nghị khen thưởng", [
    section(
      [
        headerBlock({ extraWidth: EXTRA }),
        centred([run("DANH SÁCH", { size: SIZE.docType, bold: true })], { before: 240 }),
        centred([run("{{tieu_de}}", { size: SIZE.subject, bold: true })]),
        centred([run("{{kem_theo}}", { italics: true })], { after: 200 }),
        groupedTable("nhom", "dong", [
          { header: "STT", width: widths[0], field: "stt", align: CENTER },
          { header: "Họ và tên / Tên tập thể", width: widths[1], field: "ten" },
          { header: "Chức vụ, đơn vị công tác", width: widths[2], field: "chuc_vu_don_vi" },
          { header: "Danh hiệu, hình thức đề nghị", width: widths[3], field: "danh_hieu" },
          { header: "Tóm tắt thành tích", width: widths[4], field: "thanh_tich" },
        ]),
        // The total stays with the signer below it: the signature never starts a page of its own.
        para([run("{{tong_so}}", { italics: true })], { before: 120, keepNext: true }),
        ...signatureBlock([], signer("{{chuc_danh_ky}}", "{{nguoi_ky}}"), EXTRA),
      ],
      "landscape",
    ),
  ]);
}
