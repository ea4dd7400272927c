/** Default template of the Báo cáo thành tích cá nhân (Mẫu 05). */
import type { Document } from "docx";
import { TEXT_WIDTH } from "../format";
import { administrativeDocument } from "../layout/document";
import { headerBlock } from "../layout/header-block";
import { section } from "../layout/section";
import { signatureBlock, signer } from "../layout/signature-block";
import { CENTER, fit, heading, line, rowsTable, titleBlock } from "./parts";
import { awardSection, ratingsTable, resultsTable } from "./report-tables";

export function baoCaoCaNhanTemplate(): Document {
  const w = fit([700, 4000, 1700, 2671], TEXT_WIDTH.portrait);
  return administrativeDocument("Báo cáo thành tích cá nhân", [
    section([
      headerBlock(),
      ...titleBlock("BÁO CÁO THÀNH TÍCH", ["ĐỀ NGHỊ TẶNG {{de_nghi}}", "Năm {{nam_thi_dua}}"]),
      heading("I. SƠ LƯỢC LÝ LỊCH"),
      line("- Họ và tên: {{ho_ten}}. Giới tính: {{gioi_tinh}}."),
      line("- Ngày, tháng, năm sinh: {{ngay_sinh}}."),
      line("- Quê quán: {{que_quan}}."),
      line("- Đơn vị công tác: {{don_vi}}."),
      line("- Chức vụ: {{chuc_vu}}. Ngạch: {{ngach}}."),
      line("- Trình độ chuyên môn, nghiệp vụ: {{trinh_do}}."),
      heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
      line("1. Quyền hạn, nhiệm vụ được giao: {{chuc_vu}}, {{don_vi}}."),
      line("2. Kết quả đánh giá, xếp loại:"),
      ratingsTable(),
      line("3. Sáng kiến, đề tài nghiên cứu được công nhận:"),
      rowsTable("sang_kien", [
        { header: "STT", width: w[0], field: "stt", align: CENTER },
        { header: "Tên sáng kiến, đề tài", width: w[1], field: "ten" },
        { header: "Phạm vi ảnh hưởng", width: w[2], field: "pham_vi", align: CENTER },
        { header: "Số, ngày quyết định công nhận", width: w[3], field: "quyet_dinh" },
      ]),
      line("4. Kết quả thực hiện chỉ tiêu thi hành án của đơn vị:"),
      resultsTable(),
      line("5. Tóm tắt căn cứ đề nghị: {{tom_tat}}"),
      heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
      ...awardSection(),
      ...signatureBlock(
        signer("THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN, ĐỀ NGHỊ", "", "(Ký, đóng dấu)"),
        signer("NGƯỜI BÁO CÁO THÀNH TÍCH", "{{ho_ten}}", "(Ký, ghi rõ họ và tên)"),
      ),
    ]),
  ]);
}
