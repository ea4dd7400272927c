/** Default template of the Báo cáo thành tích đột xuất (short form). */
import type { Document } from "docx";
import { administrativeDocument } from "../layout/document";
import { headerBlock } from "../layout/header-block";
import { section } from "../layout/section";
import { signatureBlock, signer } from "../layout/signature-block";
import { heading, line, titleBlock } from "./parts";

export function baoCaoDotXuatTemplate(): Document {
  return administrativeDocument("Báo cáo thành tích đột xuất", [
    section([
      headerBlock(),
      ...titleBlock("BÁO CÁO THÀNH TÍCH ĐỘT XUẤT", ["ĐỀ NGHỊ TẶNG {{de_nghi}}"]),
      heading("I. SƠ LƯỢC"),
      line("- Họ và tên (tên tập thể): {{ten}}."),
      line("- Chức vụ, đơn vị công tác: {{chuc_vu_don_vi}}."),
      heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
      line("1. Thời gian lập thành tích: {{ngay_thanh_tich}} ({{loai_thanh_tich}})."),
      line("2. Nội dung thành tích: {{noi_dung}}"),
      line("3. Hiệu quả, minh chứng: {{minh_chung}}"),
      heading("III. HÌNH THỨC ĐỀ NGHỊ KHEN THƯỞNG"),
      line("Đề nghị tặng {{hinh_thuc}}."),
      ...signatureBlock(
        signer("THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN, ĐỀ NGHỊ", "", "(Ký, đóng dấu)"),
        signer("{{chuc_danh_ky}}", "{{nguoi_ky}}"),
      ),
    ]),
  ]);
}
