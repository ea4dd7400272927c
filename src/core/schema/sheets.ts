/**
 * The tracking workbook's sheets and columns (workbook.md): canonical Vietnamese names, accepted aliases,
 * the type of each column and whether it is required. The reader, the validator, `thidua init` and the
 * task pane's "Khởi tạo" all work from this one table.
 */
import type { DomainId } from "./enums";

export type ColumnType =
  | { kind: "text" }
  | { kind: "code" }
  | { kind: "codes" } // one or more codes separated by ";" or ","
  | { kind: "year" }
  | { kind: "int" }
  | { kind: "number" }
  | { kind: "percent" }
  | { kind: "date" }
  | { kind: "enum"; domain: DomainId };

export interface ColumnSpec {
  /** Field id in the typed record. */
  readonly field: string;
  /** Canonical Vietnamese header. */
  readonly header: string;
  readonly aliases?: ReadonlyArray<string>;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** Column width in characters for the blank workbook. */
  readonly width?: number;
  /** Default when the cell is empty (enum code). */
  readonly defaultValue?: string;
}

export const SHEET_IDS = [
  "settings",
  "units",
  "people",
  "ratings",
  "initiatives",
  "discipline",
  "awards",
  "results",
  "criteria",
  "scores",
  "votes",
  "achievements",
] as const;
export type SheetId = (typeof SHEET_IDS)[number];

export interface SheetSpec {
  readonly id: SheetId;
  readonly name: string;
  readonly aliases: ReadonlyArray<string>;
  readonly required: boolean;
  readonly columns: ReadonlyArray<ColumnSpec>;
  /** Fields that identify a row (for DUPLICATE_KEY and the fingerprint's sort). */
  readonly key: ReadonlyArray<string>;
}

const text = { kind: "text" } as const;
const code = { kind: "code" } as const;
const codes = { kind: "codes" } as const;
const year = { kind: "year" } as const;
const int = { kind: "int" } as const;
const number = { kind: "number" } as const;
const percent = { kind: "percent" } as const;
const date = { kind: "date" } as const;
const en = (domain: DomainId) => ({ kind: "enum", domain }) as const;

export const SHEETS: ReadonlyArray<SheetSpec> = [
  {
    id: "settings",
    name: "Cấu hình",
    aliases: ["Cau hinh", "Thiết lập", "Settings"],
    required: true,
    key: ["key"],
    columns: [
      { field: "key", header: "Tham số", aliases: ["Tham so", "Key", "Parameter"], type: text, required: true, width: 36 },
      { field: "value", header: "Giá trị", aliases: ["Gia tri", "Value"], type: text, required: true, width: 60 },
    ],
  },
  {
    id: "units",
    name: "Đơn vị",
    aliases: ["Don vi", "Tập thể", "Units"],
    required: true,
    key: ["code"],
    columns: [
      { field: "code", header: "Mã đơn vị", aliases: ["Mã ĐV", "Unit code"], type: code, required: true, width: 12 },
      { field: "name", header: "Tên đơn vị", aliases: ["Tên", "Unit name"], type: text, required: true, width: 48 },
      { field: "kind", header: "Loại", aliases: ["Loại đơn vị"], type: text, width: 16 },
      { field: "cluster", header: "Khối thi đua", aliases: ["Cụm thi đua", "Khối", "Cụm", "Khối/Cụm thi đua"], type: text, width: 16 },
      { field: "oldName", header: "Tên cũ", type: text, width: 40 },
      { field: "oldNameUntil", header: "Tên cũ dùng đến ngày", aliases: ["Tên cũ đến ngày"], type: date, width: 14 },
      { field: "headcount", header: "Số biên chế", aliases: ["Biên chế"], type: int, width: 10 },
    ],
  },
  {
    id: "people",
    name: "Cá nhân",
    aliases: ["Ca nhan", "Cán bộ", "Nhân sự", "Staff"],
    required: true,
    key: ["code"],
    columns: [
      { field: "code", header: "Mã cán bộ", aliases: ["Mã CB", "Mã số", "Mã công chức"], type: code, required: true, width: 12 },
      { field: "name", header: "Họ và tên", aliases: ["Họ tên", "Full name"], type: text, required: true, width: 28 },
      { field: "gender", header: "Giới tính", aliases: ["Gender"], type: en("gender"), required: true, width: 9 },
      { field: "birthDate", header: "Ngày sinh", aliases: ["Ngày tháng năm sinh"], type: date, width: 12 },
      { field: "position", header: "Chức vụ", aliases: ["Chức danh"], type: text, width: 24 },
      { field: "unit", header: "Mã đơn vị", aliases: ["Mã ĐV", "Đơn vị"], type: code, required: true, width: 12 },
      { field: "grade", header: "Ngạch", aliases: ["Ngạch công chức"], type: text, width: 18 },
      { field: "recruitedDate", header: "Ngày tuyển dụng", type: date, width: 14 },
      { field: "hometown", header: "Quê quán", type: text, width: 24 },
      { field: "education", header: "Trình độ", aliases: ["Trình độ chuyên môn"], type: text, width: 18 },
    ],
  },
  {
    id: "ratings",
    name: "Xếp loại",
    aliases: ["Xep loai", "Đánh giá", "Ratings"],
    required: true,
    key: ["year", "subject"],
    columns: [
      { field: "year", header: "Năm", type: year, required: true, width: 8 },
      { field: "subject", header: "Mã đối tượng", aliases: ["Mã cán bộ", "Mã CB", "Mã đơn vị"], type: code, required: true, width: 14 },
      { field: "rating", header: "Xếp loại", aliases: ["Mức xếp loại", "Kết quả xếp loại"], type: en("rating"), required: true, width: 30 },
      { field: "decisionNo", header: "Số quyết định", aliases: ["Số QĐ"], type: text, width: 18 },
      { field: "decisionDate", header: "Ngày quyết định", aliases: ["Ngày QĐ"], type: date, width: 14 },
    ],
  },
  {
    id: "initiatives",
    name: "Sáng kiến",
    aliases: ["Sang kien", "Sáng kiến - Đề tài", "Initiatives"],
    required: false,
    key: ["code"],
    columns: [
      { field: "code", header: "Mã sáng kiến", aliases: ["Mã SK"], type: code, required: true, width: 12 },
      { field: "name", header: "Tên", aliases: ["Tên sáng kiến", "Tên sáng kiến, đề tài"], type: text, required: true, width: 48 },
      { field: "kind", header: "Loại", type: en("initiativeKind"), defaultValue: "SANG_KIEN", width: 12 },
      { field: "authors", header: "Tác giả", aliases: ["Mã tác giả"], type: codes, required: true, width: 18 },
      { field: "year", header: "Năm", type: year, required: true, width: 8 },
      { field: "scope", header: "Phạm vi", aliases: ["Phạm vi ảnh hưởng", "Cấp công nhận"], type: en("scope"), required: true, width: 18 },
      { field: "decisionNo", header: "Số quyết định công nhận", aliases: ["Số quyết định", "Số QĐ công nhận", "Số QĐ"], type: text, required: true, width: 20 },
      { field: "decisionDate", header: "Ngày quyết định", aliases: ["Ngày QĐ"], type: date, width: 14 },
    ],
  },
  {
    id: "discipline",
    name: "Kỷ luật",
    aliases: ["Ky luat", "Discipline"],
    required: false,
    key: ["subject", "from", "form"],
    columns: [
      { field: "subject", header: "Mã đối tượng", aliases: ["Mã cán bộ", "Mã CB", "Mã đơn vị"], type: code, required: true, width: 14 },
      { field: "form", header: "Hình thức", aliases: ["Hình thức kỷ luật"], type: en("disciplineForm"), required: true, width: 18 },
      { field: "from", header: "Từ ngày", type: date, required: true, width: 12 },
      { field: "to", header: "Đến ngày", type: date, width: 12 },
      { field: "decisionNo", header: "Số quyết định", aliases: ["Số QĐ"], type: text, width: 18 },
      { field: "note", header: "Ghi chú", type: text, width: 30 },
    ],
  },
  {
    id: "awards",
    name: "Khen thưởng",
    aliases: ["Khen thuong", "Lịch sử khen thưởng", "Awards"],
    required: false,
    key: ["year", "subject", "title", "kind"],
    columns: [
      { field: "year", header: "Năm", type: year, required: true, width: 8 },
      { field: "subject", header: "Mã đối tượng", aliases: ["Mã cán bộ", "Mã CB", "Mã đơn vị"], type: code, required: true, width: 14 },
      { field: "title", header: "Danh hiệu/Hình thức", aliases: ["Danh hiệu", "Hình thức", "Danh hiệu, hình thức"], type: en("title"), required: true, width: 34 },
      { field: "kind", header: "Loại khen", aliases: ["Loại khen thưởng"], type: en("awardKind"), defaultValue: "CONG_TRANG", width: 12 },
      { field: "decisionNo", header: "Số quyết định", aliases: ["Số QĐ"], type: text, width: 18 },
      { field: "decisionDate", header: "Ngày quyết định", aliases: ["Ngày QĐ"], type: date, width: 14 },
      { field: "issuer", header: "Cơ quan ban hành", aliases: ["Cơ quan quyết định"], type: text, width: 28 },
      { field: "status", header: "Trạng thái", type: en("awardStatus"), defaultValue: "HIEU_LUC", width: 11 },
      { field: "initiativesUsed", header: "Sáng kiến sử dụng", aliases: ["Sáng kiến làm căn cứ"], type: codes, width: 16 },
    ],
  },
  {
    id: "results",
    name: "Kết quả THADS",
    aliases: ["Ket qua THADS", "Kết quả", "Chỉ tiêu", "Results"],
    required: false,
    key: ["year", "unit"],
    columns: [
      { field: "year", header: "Năm", type: year, required: true, width: 8 },
      { field: "unit", header: "Mã đơn vị", aliases: ["Mã ĐV"], type: code, required: true, width: 12 },
      { field: "casesTotal", header: "Việc phải thi hành", aliases: ["Tổng số việc phải thi hành"], type: number, required: true, width: 12 },
      { field: "casesAble", header: "Việc có điều kiện", aliases: ["Việc có điều kiện thi hành"], type: number, required: true, width: 12 },
      { field: "casesDone", header: "Việc xong", aliases: ["Việc thi hành xong"], type: number, required: true, width: 12 },
      { field: "moneyTotal", header: "Tiền phải thi hành", aliases: ["Tổng số tiền phải thi hành"], type: number, required: true, width: 16 },
      { field: "moneyAble", header: "Tiền có điều kiện", aliases: ["Tiền có điều kiện thi hành"], type: number, required: true, width: 16 },
      { field: "moneyDone", header: "Tiền xong", aliases: ["Tiền thi hành xong"], type: number, required: true, width: 16 },
      { field: "targetCases", header: "Chỉ tiêu việc", aliases: ["Chỉ tiêu về việc"], type: percent, required: true, width: 10 },
      { field: "targetMoney", header: "Chỉ tiêu tiền", aliases: ["Chỉ tiêu về tiền"], type: percent, required: true, width: 10 },
      { field: "carryOver", header: "Việc chuyển kỳ sau", type: number, width: 12 },
      { field: "targetCarryOver", header: "Chỉ tiêu giảm chuyển kỳ sau", aliases: ["Chỉ tiêu giảm việc chuyển kỳ sau"], type: percent, width: 12 },
    ],
  },
  {
    id: "criteria",
    name: "Tiêu chí",
    aliases: ["Tieu chi", "Bảng điểm", "Criteria"],
    required: false,
    key: ["code"],
    columns: [
      { field: "code", header: "Mã tiêu chí", aliases: ["Mã TC"], type: code, required: true, width: 12 },
      { field: "content", header: "Nội dung", aliases: ["Tên tiêu chí"], type: text, required: true, width: 60 },
      { field: "maxPoints", header: "Điểm tối đa", aliases: ["Điểm chuẩn", "Thang điểm"], type: number, required: true, width: 10 },
      { field: "group", header: "Nhóm", type: text, width: 16 },
      { field: "kind", header: "Loại", type: en("criterionKind"), defaultValue: "CONG", width: 8 },
    ],
  },
  {
    id: "scores",
    name: "Chấm điểm",
    aliases: ["Cham diem", "Scores"],
    required: false,
    key: ["year", "unit", "criterion"],
    columns: [
      { field: "year", header: "Năm", type: year, required: true, width: 8 },
      { field: "unit", header: "Mã đơn vị", aliases: ["Mã ĐV"], type: code, required: true, width: 12 },
      { field: "criterion", header: "Mã tiêu chí", aliases: ["Mã TC"], type: code, required: true, width: 12 },
      { field: "points", header: "Điểm", aliases: ["Điểm chấm", "Điểm đạt"], type: number, required: true, width: 8 },
      { field: "note", header: "Ghi chú", type: text, width: 30 },
    ],
  },
  {
    id: "votes",
    name: "Bình xét",
    aliases: ["Binh xet", "Biểu quyết", "Votes"],
    required: false,
    key: ["year", "subject", "title", "level"],
    columns: [
      { field: "year", header: "Năm", type: year, required: true, width: 8 },
      { field: "subject", header: "Mã đối tượng", aliases: ["Mã cán bộ", "Mã CB", "Mã đơn vị"], type: code, required: true, width: 14 },
      { field: "title", header: "Danh hiệu/Hình thức", aliases: ["Danh hiệu", "Hình thức", "Danh hiệu, hình thức"], type: en("title"), required: true, width: 34 },
      { field: "votesFor", header: "Số phiếu đồng ý", aliases: ["Phiếu đồng ý", "Số phiếu"], type: int, required: true, width: 10 },
      { field: "members", header: "Tổng số thành viên", aliases: ["Số thành viên", "Tổng số thành viên Hội đồng"], type: int, width: 10 },
      { field: "level", header: "Cấp hội đồng", aliases: ["Cấp", "Hội đồng"], type: en("councilLevel"), defaultValue: "CO_SO", width: 12 },
      { field: "present", header: "Số có mặt", aliases: ["Có mặt"], type: int, width: 9 },
      { field: "writtenAbsent", header: "Vắng có ý kiến bằng văn bản", aliases: ["Vắng có ý kiến"], type: int, width: 12 },
    ],
  },
  {
    id: "achievements",
    name: "Thành tích",
    aliases: ["Thanh tich", "Achievements"],
    required: false,
    key: ["date", "subject", "content"],
    columns: [
      { field: "date", header: "Ngày", aliases: ["Ngày lập thành tích", "Thời gian"], type: date, required: true, width: 12 },
      { field: "subject", header: "Mã đối tượng", aliases: ["Mã cán bộ", "Mã CB", "Mã đơn vị"], type: code, required: true, width: 14 },
      { field: "content", header: "Nội dung", aliases: ["Nội dung thành tích"], type: text, required: true, width: 60 },
      { field: "kind", header: "Loại", type: en("achievementKind"), defaultValue: "DOT_XUAT", width: 12 },
      { field: "proposedForm", header: "Đề nghị hình thức", aliases: ["Hình thức đề nghị"], type: en("title"), width: 28 },
      { field: "evidence", header: "Minh chứng", aliases: ["Tài liệu kèm theo"], type: text, width: 30 },
    ],
  },
];

export function sheetSpec(id: SheetId): SheetSpec {
  const spec = SHEETS.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown sheet ${id}`);
  return spec;
}

/** Names of the sheets the product writes and owns. */
export const OUTPUT_SHEETS = {
  check: "KQ Kiểm tra",
  ranking: "KQ Xếp hạng",
  proposals: "Đề nghị",
  log: "Nhật ký",
  lists: "DanhMuc",
} as const;
