/** Default template of the Biên bản họp Hội đồng Thi đua - Khen thưởng (votes against the threshold). */
import type { Document } from "docx";
import { SIZE, TEXT_WIDTH } from "../format";
import { administrativeDocument } from "../layout/document";
import { headerBlock } from "../layout/header-block";
import { section } from "../layout/section";
import { signatureBlock, signer } from "../layout/signature-block";
import { run } from "../layout/text";
import { blockPlaceholder, CENTER, fit, groupedTable, heading, line, titleBlock } from "./parts";

/** The council's name in the header; a no-break space inside "KHEN THƯỞNG". */
export const COUNCIL_HEADER = "HỘI ĐỒNG THI ĐUA - KHEN\u00A0THƯỞNG";

export function bienBanTemplate(): Document {
  const w = fit([700, 2300, 2000, 1000, 1000, 900, 1171], TEXT_WIDTH.portrait);
  return administrativeDocument("Biên bản họp Hội đồng Thi đua - Khen thưởng", [
    section([
      // The issuer is the council: its managing agency above it in regular caps, the council in bold caps
      // (NĐ 30: one level above the issuer, not two). "KHEN THƯỞNG" is kept on one line when the name wraps.
      headerBlock({
        parentLine: [run("{{co_quan}}", { size: SIZE.agency })],
        agencyLines: [[run(COUNCIL_HEADER, { size: SIZE.agency, bold: true })]],
        numberLine: [run("Số: {{so}}", { size: SIZE.number })],
      }),
      ...titleBlock("BIÊN BẢN", ["Họp Hội đồng Thi đua - Khen thưởng", "xét khen thưởng năm {{nam_thi_dua}}"]),
      line("Thời gian: {{ngay_hop}}."),
      line("Chủ trì: {{nguoi_ky}}, Chủ tịch Hội đồng Thi đua - Khen thưởng."),
      line(
        "Thành phần: Hội đồng có {{tong_thanh_vien}} thành viên; có mặt {{co_mat}} thành viên; {{vang_mat}}.",
      ),
      line(
        "Hội đồng đã xem xét hồ sơ, thảo luận và bỏ phiếu kín. Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên Hội đồng; ý kiến bằng văn bản của thành viên vắng mặt được tính vào số phiếu.",
      ),
      heading("Kết quả bỏ phiếu:"),
      groupedTable("nhom", "dong", [
        { header: "STT", width: w[0], field: "stt", align: CENTER },
        { header: "Họ và tên / Tên tập thể", width: w[1], field: "ten" },
        { header: "Đơn vị", width: w[2], field: "don_vi" },
        { header: "Số phiếu đồng ý", width: w[3], field: "so_phieu", align: CENTER },
        { header: "Tỷ lệ trên tổng số thành viên", width: w[4], field: "ty_le", align: CENTER },
        { header: "Tỷ lệ phải đạt", width: w[5], field: "nguong", align: CENTER },
        { header: "Kết quả", width: w[6], field: "ket_qua", align: CENTER },
      ]),
      heading("Kết luận:"),
      blockPlaceholder("ket_luan"),
      line("Biên bản đã được thông qua tại cuộc họp, các thành viên dự họp thống nhất./."),
      ...signatureBlock(signer("THƯ KÝ HỘI ĐỒNG", "{{thu_ky}}"), signer("CHỦ TỊCH HỘI ĐỒNG", "{{nguoi_ky}}")),
    ]),
  ]);
}
