/**
 * The placeholder contract of each template: every `{{name}}` a template may hold, which are required, and how
 * each is filled — `text` inline (in the placeholder's style), `block` whole paragraphs (replacing the placeholder's
 * paragraph), `rows` a repeated table row (fields written `{{rows.field}}`, nested `{{rows.inner.field}}`).
 * The templates, the preflight and the filling all read this table, so they cannot drift apart.
 */
import type { DocumentKind } from "./kinds";

export type PlaceholderMode = "text" | "block" | "rows";

export interface PlaceholderSpec {
  /** Name as written between the braces ("ho_ten", "nhom.dong.ten" for a field of repeated rows). */
  readonly name: string;
  readonly mode: PlaceholderMode;
  readonly required: boolean;
  /** What it holds, for the README's list (Vietnamese, as the clerk reads it). */
  readonly about: string;
}

const text = (name: string, about: string, required = false): PlaceholderSpec => ({ name, mode: "text", required, about });
const block = (name: string, about: string, required = false): PlaceholderSpec => ({ name, mode: "block", required, about });
const field = (name: string, about: string, required = false): PlaceholderSpec => ({ name, mode: "rows", required, about });

/** Placeholders every template may use: header, date, signer. */
const COMMON: ReadonlyArray<PlaceholderSpec> = [
  text("co_quan_chu_quan", "Cơ quan chủ quản, chữ in hoa"),
  text("co_quan", "Cơ quan ban hành, chữ in hoa"),
  text("co_quan_ten", "Tên cơ quan viết thường, dùng trong câu"),
  text("viet_tat", "Viết tắt tên cơ quan (trong số ký hiệu)"),
  text("dia_danh", "Địa danh"),
  text("ngay", "Ngày (ngày 1–9 viết 01–09)"),
  text("thang", "Tháng (tháng 1, 2 viết 01, 02; từ tháng 3 không thêm 0)"),
  text("nam", "Năm ban hành"),
  text("nam_thi_dua", "Năm thi đua được xét"),
  text("phong_trao", "Tên phong trào thi đua"),
  text("chuc_danh_ky", "Quyền hạn ký và chức vụ người ký, chữ in hoa"),
  text("nguoi_ky", "Họ và tên người ký"),
];

const TO_TRINH: ReadonlyArray<PlaceholderSpec> = [
  ...COMMON,
  text("so", "Số tờ trình (để trống nếu chưa cấp số)"),
  text("kinh_gui", "Nơi nhận tờ trình (Kính gửi)", true),
  block("can_cu", "Các căn cứ: luật, nghị định, thông tư, kế hoạch phát động, biên bản họp Hội đồng"),
  text("tom_tat", "Tóm tắt kết quả phong trào và bình xét"),
  block("so_luong", "Số lượng đề nghị theo từng danh hiệu, hình thức", true),
  text("tong_tap_the", "Tổng số tập thể được đề nghị"),
  text("tong_ca_nhan", "Tổng số cá nhân được đề nghị"),
  block("noi_nhan", "Nơi nhận, mỗi nơi một dòng “- …;”, dòng cuối “- Lưu: VT, …”"),
];

const DANH_SACH: ReadonlyArray<PlaceholderSpec> = [
  ...COMMON,
  text("so", "Số tờ trình kèm theo"),
  text("tieu_de", "Tiêu đề danh sách", true),
  text("kem_theo", "Dòng “Kèm theo …”"),
  text("tong_so", "Tổng số tập thể, cá nhân trong danh sách"),
  field("nhom.tieu_de", "Dòng tiêu đề nhóm (I. Tập thể, 1. Cờ thi đua …)", true),
  field("nhom.dong.stt", "Số thứ tự"),
  field("nhom.dong.ten", "Họ và tên / tên tập thể (viết đầy đủ)", true),
  field("nhom.dong.chuc_vu_don_vi", "Chức vụ, đơn vị công tác", true),
  field("nhom.dong.danh_hieu", "Danh hiệu, hình thức đề nghị", true),
  field("nhom.dong.thanh_tich", "Tóm tắt thành tích (xếp loại, số quyết định sáng kiến)"),
];

const AWARD_TABLES: ReadonlyArray<PlaceholderSpec> = [
  field("danh_hieu.nam", "Năm (bảng danh hiệu thi đua)"),
  field("danh_hieu.ten", "Danh hiệu thi đua đã đạt", true),
  field("danh_hieu.quyet_dinh", "Số, ngày quyết định; cơ quan ban hành"),
  field("hinh_thuc.nam", "Năm (bảng hình thức khen thưởng)"),
  field("hinh_thuc.ten", "Hình thức khen thưởng đã nhận", true),
  field("hinh_thuc.quyet_dinh", "Số, ngày quyết định; cơ quan ban hành"),
];

const RESULTS_TABLE: ReadonlyArray<PlaceholderSpec> = [
  field("ket_qua.chi_tieu", "Chỉ tiêu (việc, tiền)"),
  field("ket_qua.giao", "Chỉ tiêu được giao (%)"),
  field("ket_qua.dat", "Kết quả thực hiện"),
  field("ket_qua.ty_le", "Tỷ lệ đạt (%)"),
  field("ket_qua.so_voi", "So với năm trước"),
];

const RATINGS_TABLE: ReadonlyArray<PlaceholderSpec> = [
  field("xep_loai.nam", "Năm"),
  field("xep_loai.ket_qua", "Kết quả xếp loại"),
  field("xep_loai.quyet_dinh", "Số, ngày quyết định xếp loại"),
];

const BAO_CAO_CA_NHAN: ReadonlyArray<PlaceholderSpec> = [
  ...COMMON,
  text("de_nghi", "Danh hiệu, hình thức đề nghị, chữ in hoa", true),
  text("ho_ten", "Họ và tên (viết đầy đủ)", true),
  text("gioi_tinh", "Giới tính"),
  text("ngay_sinh", "Ngày, tháng, năm sinh"),
  text("que_quan", "Quê quán"),
  text("don_vi", "Đơn vị công tác (tên trong năm thi đua)", true),
  text("chuc_vu", "Chức vụ"),
  text("trinh_do", "Trình độ chuyên môn, nghiệp vụ"),
  text("ngach", "Ngạch"),
  text("tom_tat", "Tóm tắt căn cứ đề nghị"),
  ...RATINGS_TABLE,
  field("sang_kien.stt", "Số thứ tự sáng kiến"),
  field("sang_kien.ten", "Tên sáng kiến, đề tài"),
  field("sang_kien.pham_vi", "Phạm vi ảnh hưởng"),
  field("sang_kien.quyet_dinh", "Số, ngày quyết định công nhận"),
  ...RESULTS_TABLE,
  ...AWARD_TABLES,
];

const BAO_CAO_TAP_THE: ReadonlyArray<PlaceholderSpec> = [
  ...COMMON,
  text("de_nghi", "Danh hiệu, hình thức đề nghị, chữ in hoa", true),
  text("ten_tap_the", "Tên tập thể (tên trong năm thi đua)", true),
  text("loai", "Loại đơn vị"),
  text("khoi_thi_dua", "Khối, cụm thi đua"),
  text("so_bien_che", "Số biên chế"),
  text("so_nguoi", "Số người thuộc đơn vị"),
  text("xep_loai_nam", "Xếp loại của tập thể trong năm thi đua"),
  text("xep_hang", "Điểm, xếp hạng trong khối thi đua"),
  text("tom_tat", "Tóm tắt căn cứ đề nghị"),
  ...RATINGS_TABLE,
  ...RESULTS_TABLE,
  ...AWARD_TABLES,
];

const BIEN_BAN: ReadonlyArray<PlaceholderSpec> = [
  ...COMMON,
  text("so", "Số biên bản"),
  text("ngay_hop", "Ngày họp (ngày … tháng … năm …)"),
  text("tong_thanh_vien", "Tổng số thành viên Hội đồng", true),
  text("co_mat", "Số thành viên có mặt", true),
  text("vang_mat", "Vế vắng mặt của câu thành phần: “vắng mặt 02 thành viên, trong đó 01 thành viên có ý kiến bằng văn bản” hoặc “không có thành viên vắng mặt”"),
  text("vang", "Số thành viên vắng mặt"),
  text("vang_co_y_kien", "Số thành viên vắng có ý kiến bằng văn bản"),
  field("nhom.tieu_de", "Dòng tiêu đề nhóm theo danh hiệu", true),
  field("nhom.dong.stt", "Số thứ tự"),
  field("nhom.dong.ten", "Họ và tên / tên tập thể", true),
  field("nhom.dong.don_vi", "Đơn vị"),
  field("nhom.dong.so_phieu", "Số phiếu đồng ý", true),
  field("nhom.dong.ty_le", "Tỷ lệ trên tổng số thành viên Hội đồng"),
  field("nhom.dong.nguong", "Tỷ lệ phải đạt"),
  field("nhom.dong.ket_qua", "Kết quả: Đạt / Không đạt", true),
  block("ket_luan", "Kết luận: số lượng đạt theo từng danh hiệu"),
  text("thu_ky", "Họ và tên Thư ký Hội đồng (trống nếu chưa nhập: thư ký ký và ghi rõ họ tên)"),
];

const BAO_CAO_DOT_XUAT: ReadonlyArray<PlaceholderSpec> = [
  ...COMMON,
  text("de_nghi", "Hình thức đề nghị, chữ in hoa", true),
  text("hinh_thuc", "Hình thức đề nghị, chữ thường"),
  text("ten", "Họ và tên / tên tập thể", true),
  text("chuc_vu_don_vi", "Chức vụ, đơn vị"),
  text("ngay_thanh_tich", "Ngày lập thành tích", true),
  text("noi_dung", "Nội dung thành tích", true),
  text("minh_chung", "Minh chứng, hiệu quả"),
  text("loai_thanh_tich", "Loại thành tích (đột xuất, chuyên đề …)"),
];

export const PLACEHOLDERS: Readonly<Record<DocumentKind, ReadonlyArray<PlaceholderSpec>>> = {
  "to-trinh": TO_TRINH,
  "danh-sach": DANH_SACH,
  "bao-cao-ca-nhan": BAO_CAO_CA_NHAN,
  "bao-cao-tap-the": BAO_CAO_TAP_THE,
  "bien-ban": BIEN_BAN,
  "bao-cao-dot-xuat": BAO_CAO_DOT_XUAT,
};

export function placeholderSpec(kind: DocumentKind, name: string): PlaceholderSpec | undefined {
  return PLACEHOLDERS[kind].find((p) => p.name === name);
}

export function requiredPlaceholders(kind: DocumentKind): string[] {
  return PLACEHOLDERS[kind].filter((p) => p.required).map((p) => p.name);
}

/** The repeated-rows groups of a kind: top-level keys of its `rows` fields ("nhom", "danh_hieu", …). */
export function rowGroups(kind: DocumentKind): string[] {
  return [...new Set(PLACEHOLDERS[kind].filter((p) => p.mode === "rows").map((p) => p.name.split(".")[0]))];
}
