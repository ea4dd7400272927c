/**
 * The default templates, built with docx. `npm run templates` writes them to `templates/*.docx` (committed);
 * the task pane can also build them in memory.
 */
import { Packer, type Document } from "docx";
import type { DocumentKind } from "../kinds";
import { baoCaoCaNhanTemplate } from "./bao-cao-ca-nhan";
import { baoCaoDotXuatTemplate } from "./bao-cao-dot-xuat";
import { baoCaoTapTheTemplate } from "./bao-cao-tap-the";
import { bienBanTemplate } from "./bien-ban";
import { danhSachTemplate } from "./danh-sach";
import { toTrinhTemplate } from "./to-trinh";

export const TEMPLATE_BUILDERS: Readonly<Record<DocumentKind, () => Document>> = {
  "to-trinh": toTrinhTemplate,
  "danh-sach": danhSachTemplate,
  "bao-cao-ca-nhan": baoCaoCaNhanTemplate,
  "bao-cao-tap-the": baoCaoTapTheTemplate,
  "bien-ban": bienBanTemplate,
  "bao-cao-dot-xuat": baoCaoDotXuatTemplate,
};

/** The default template of a kind as .docx bytes. */
export async function buildDefaultTemplate(kind: DocumentKind): Promise<Uint8Array> {
  return Packer.pack(TEMPLATE_BUILDERS[kind](), "uint8array");
}
