/** Default template of the Tờ trình đề nghị khen thưởng (Mẫu 01). Fixed wording lives here, data in placeholders. */
import type { Document } from "docx";
import { SIZE } from "../format";
import { administrativeDocument } from "../layout/document";
import { headerBlock } from "../layout/header-block";
import { section } from "../layout/section";
import { recipients, signatureBlock, signer } from "../layout/signature-block";
import { centred, run } from "../layout/text";
import { blockPlaceholder, line, titleBlock } from "./parts";

export function toTrinhTemplate(): Document {
  return administrativeDocument("Tờ trình đề nghị khen thưởng", [
    section([
      headerBlock({ numberLine: [run("Số: {{so}}/TTr-{{viet_tat}}", { size: SIZE.number })] }),
      ...titleBlock("TỜ TRÌNH", ["Về việc đề nghị khen thưởng năm {{nam_thi_dua}}"]),
      centred([run("Kính gửi: {{kinh_gui}}")], { after: 120 }),
      blockPlaceholder("can_cu"),
      line("{{tom_tat}}"),
      line("{{co_quan_ten}} đề nghị khen thưởng cho {{tong_tap_the}} tập thể và {{tong_ca_nhan}} cá nhân, cụ thể như sau:"),
      blockPlaceholder("so_luong"),
      line("(Có danh sách và hồ sơ đề nghị khen thưởng kèm theo)."),
      line("{{co_quan_ten}} kính trình {{kinh_gui}} xem xét, quyết định./."),
      ...signatureBlock(recipients(), signer("{{chuc_danh_ky}}", "{{nguoi_ky}}")),
    ]),
  ]);
}
