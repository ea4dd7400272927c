/** Default template of the Báo cáo thành tích tập thể (Mẫu 04). */
import type { Document } from "docx";
import { administrativeDocument } from "../layout/document";
import { headerBlock } from "../layout/header-block";
import { section } from "../layout/section";
import { signatureBlock, signer } from "../layout/signature-block";
import { heading, line, titleBlock } from "./parts";
import { awardSection, ratingsTable, resultsTable } from "./report-tables";

export function baoCaoTapTheTemplate(): Document {
  return administrativeDocument("Báo cáo thành tích tập thể", [
    section([
      headerBlock(),
      ...titleBlock("BÁO CÁO THÀNH TÍCH", ["ĐỀ NGHỊ TẶNG {{de_nghi}}", "Năm {{nam_thi_dua}}"]),
      line("Tên tập thể: {{ten_tap_the}}."),
      heading("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
      line("- Loại đơn vị: {{loai}}. Khối, cụm thi đua: {{khoi_thi_dua}}."),
      line("- Số biên chế được giao: {{so_bien_che}}; số cán bộ, công chức, người lao động: {{so_nguoi}}."),
      heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
      line("1. Kết quả thực hiện các chỉ tiêu thi hành án dân sự:"),
      resultsTable(),
      line("2. Kết quả chấm điểm, xếp hạng thi đua: {{xep_hang}}."),
      line("3. Kết quả đánh giá, xếp loại tập thể: {{xep_loai_nam}}."),
      ratingsTable(),
      line("4. Tóm tắt căn cứ đề nghị: {{tom_tat}}"),
      heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
      ...awardSection(),
      ...signatureBlock(
        signer("THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN\nTRỰC TIẾP NHẬN XÉT, XÁC NHẬN", "", "(Ký, đóng dấu)"),
        signer("THỦ TRƯỞNG ĐƠN VỊ", "", "(Ký, đóng dấu)"),
      ),
    ]),
  ]);
}
