/**
 * A hand-made tracking workbook (grids, as Office.js gives them) and a hand-made rank result for it, until the
 * rules produce real decisions. Names carry diacritics, `&`, `<`, quotes, text that looks like a placeholder,
 * and a very long unit name; one unit was renamed in 2025 (TT 24/2025/TT-BTP).
 */
import type { CellValue, SheetGrid, WorkbookGrids } from "../../src/core/grid";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import type { Decision, PersonResult, RankResult, Status, UnitResult } from "../../src/core/rules/types";
import type { Title } from "../../src/core/schema/enums";
import { buildProposalSet, type ProposalInput } from "../../src/core/proposals";
import type { ProposalSet } from "../../src/core/proposals/types";

const sheet = (name: string, rows: CellValue[][]): SheetGrid => ({ name, values: rows });

export const NAMES = {
  CB001: "Nguyễn Thị Hồng Nhung",
  CB002: 'Trần Văn Bình & <Cường> "Út"',
  CB003: "Lê Hoàng Phúc",
  CB004: "Phạm Minh Đức",
  CB005: "{{ho_ten}} Võ Thị Thu",
  CB006: "Huỳnh Ngọc Ánh",
  KV01_2024: "Chi cục Thi hành án dân sự huyện Châu Thành",
  KV01_2025: "Phòng Thi hành án dân sự khu vực 1",
  KV02: "Phòng Thi hành án dân sự khu vực 2 - nơi có tên rất dài để kiểm tra việc xuống dòng trong bảng danh sách đề nghị khen thưởng & các ký tự đặc biệt",
  VP: "Văn phòng Thi hành án dân sự tỉnh",
} as const;

export interface FixtureOptions {
  readonly year?: number;
  /** Extra people (code, name) all coded to KV01, for large lists. */
  readonly extraPeople?: ReadonlyArray<readonly [string, string]>;
  readonly settings?: ReadonlyArray<readonly [string, CellValue]>;
  /** Settings keys to leave out (the first row of a key wins, so replacing one means leaving it out). */
  readonly without?: ReadonlyArray<string>;
}

export function fixtureGrids(options: FixtureOptions = {}): WorkbookGrids {
  const base: CellValue[][] = [
    ["Tham số", "Giá trị"],
    ["Năm thi đua", options.year ?? 2025],
    ["Cơ quan chủ quản", "Bộ Tư pháp"],
    ["Cơ quan", "THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG"],
    ["Viết tắt", "THADS"],
    ["Địa danh", "Vĩnh Long"],
    ["Người ký", "Đỗ Văn Khánh"],
    ["Chức vụ người ký", "Trưởng Thi hành án dân sự tỉnh"],
    ["Kính gửi", "Bộ trưởng Bộ Tư pháp"],
    ["Nơi nhận", "Như trên;\nCục Quản lý thi hành án dân sự;\nLưu: VT, TCCB"],
    ["Phong trào", "Đồng khởi mới"],
    ["Kế hoạch phát động", "Kế hoạch số 508/KH-CTHADS ngày 14/5/2021 của Cục Thi hành án dân sự tỉnh Bến Tre"],
    ["Số thành viên Hội đồng", 10],
    ["Biên bản họp Hội đồng số", "03/BB-HĐTĐKT"],
    ["Ngày họp Hội đồng", "12/01/2026"],
    ["Ngày tờ trình", "05/02/2026"],
  ];
  const settings: CellValue[][] = [
    ...base.filter((r) => !(options.without ?? []).includes(String(r[0]))),
    ...(options.settings ?? []).map(([k, v]) => [k, v]),
  ];
  const units: CellValue[][] = [
    ["Mã đơn vị", "Tên đơn vị", "Loại", "Khối thi đua", "Tên cũ", "Tên cũ dùng đến ngày", "Số biên chế"],
    ["KV01", NAMES.KV01_2025, "Khu vực", "Khối 1", NAMES.KV01_2024, "30/06/2025", 18],
    ["KV02", NAMES.KV02, "Khu vực", "Khối 1", "", "", 12],
    ["VP", NAMES.VP, "Phòng", "Khối 2", "", "", 9],
  ];
  const people: CellValue[][] = [
    ["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Mã đơn vị", "Ngạch", "Quê quán", "Trình độ"],
    ["CB001", NAMES.CB001, "Nữ", "03/02/1985", "Chấp hành viên trung cấp", "KV01", "Chấp hành viên", "Châu Thành, Bến Tre", "Cử nhân Luật"],
    ["CB002", NAMES.CB002, "Nam", "15/09/1979", "Trưởng phòng", "KV02", "Chấp hành viên", "Mỏ Cày", "Thạc sĩ Luật"],
    ["CB003", NAMES.CB003, "Nam", "20/11/1990", "Thư ký thi hành án", "VP", "Thư ký", "Ba Tri", "Cử nhân Luật"],
    ["CB004", NAMES.CB004, "Nam", "01/01/1988", "Chấp hành viên", "KV01", "Chấp hành viên", "Giồng Trôm", "Cử nhân Luật"],
    ["CB005", NAMES.CB005, "Nữ", "07/07/1992", "Kế toán", "VP", "Kế toán viên", "Vĩnh Long", "Cử nhân Kinh tế"],
    ["CB006", NAMES.CB006, "Nữ", "09/03/1986", "Chấp hành viên", "KV02", "Chấp hành viên", "Bình Đại", "Cử nhân Luật"],
    ...(options.extraPeople ?? []).map(([code, name]) => [code, name, "Nam", "", "Chấp hành viên", "KV01", "", "", ""]),
  ];
  const ratings: CellValue[][] = [["Năm", "Mã đối tượng", "Xếp loại", "Số quyết định", "Ngày quyết định"]];
  for (const y of [2023, 2024, 2025]) {
    ratings.push([y, "CB001", "HTXSNV", y === 2025 ? "" : `${y - 2000}/QĐ-THADS`, `15/12/${y}`]);
    ratings.push([y, "CB002", "HTXSNV", `${y - 2000}/QĐ-THADS`, `15/12/${y}`]);
    ratings.push([y, "CB003", "HTTNV", "", ""]);
    ratings.push([y, "KV01", "HTXSNV", `${y - 2000}/QĐ-THADS`, `15/12/${y}`]);
    ratings.push([y, "KV02", "HTTNV", "", ""]);
  }
  ratings.push([2025, "CB004", "HTXSNV", "", ""], [2025, "CB005", "HTTNV", "", ""], [2025, "CB006", "HTTNV", "", ""]);
  for (const [code] of options.extraPeople ?? []) ratings.push([2025, code, "HTTNV", "", ""]);
  const initiatives: CellValue[][] = [
    ["Mã sáng kiến", "Tên", "Loại", "Tác giả", "Năm", "Phạm vi", "Số quyết định công nhận", "Ngày quyết định"],
    ["SK01", "Số hóa hồ sơ thi hành án & tra cứu <nhanh>", "Sáng kiến", "CB001", 2024, "Bộ, ngành, tỉnh", "125/QĐ-BTP", "20/10/2024"],
    ["SK02", "Quy trình xác minh điều kiện thi hành án", "Sáng kiến", "CB001; CB002", 2025, "Cơ sở", "45/QĐ-THADS", "10/11/2025"],
  ];
  const awards: CellValue[][] = [
    ["Năm", "Mã đối tượng", "Danh hiệu/Hình thức", "Loại khen", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành", "Trạng thái"],
    [2023, "CB001", "CSTDCS", "Công trạng", "12/QĐ-CTHADS", "10/01/2024", "Cục THADS tỉnh Bến Tre", "Hiệu lực"],
    [2024, "CB001", "CSTDCS", "Công trạng", "08/QĐ-CTHADS", "09/01/2025", "Cục THADS tỉnh Bến Tre", "Hiệu lực"],
    [2022, "CB001", "GIAY_KHEN", "Đột xuất", "77/QĐ-CTHADS", "01/06/2022", "Cục THADS tỉnh Bến Tre", "Hiệu lực"],
    [2021, "CB001", "BK_BO", "Công trạng", "999/QĐ-BTP", "01/03/2022", "Bộ Tư pháp", "Bị hủy"],
    [2024, "KV01", "TTLDXS", "Công trạng", "300/QĐ-BTP", "20/02/2025", "Bộ Tư pháp", "Hiệu lực"],
    [2023, "KV01", "BK_BO", "Công trạng", "150/QĐ-BTP", "15/03/2024", "Bộ Tư pháp", "Hiệu lực"],
  ];
  const results: CellValue[][] = [
    ["Năm", "Mã đơn vị", "Việc phải thi hành", "Việc có điều kiện", "Việc xong", "Tiền phải thi hành", "Tiền có điều kiện", "Tiền xong", "Chỉ tiêu việc", "Chỉ tiêu tiền", "Việc chuyển kỳ sau"],
    [2024, "KV01", 1500, 1200, 990, 90000000, 60000000, 25000000, "82,5%", "40%", 420],
    [2025, "KV01", 1600, 1300, 1096, 95000000, 62000000, 28000000, "82,5%", "40%", 380],
    [2025, "KV02", 900, 700, 560, 50000000, 30000000, 11000000, "82,5%", "40%", 250],
  ];
  const votes: CellValue[][] = [
    ["Năm", "Mã đối tượng", "Danh hiệu/Hình thức", "Số phiếu đồng ý", "Tổng số thành viên", "Cấp hội đồng", "Số có mặt", "Vắng có ý kiến bằng văn bản"],
    [2025, "CB001", "CSTDCS", 10, 10, "Cơ sở", 9, 1],
    [2025, "CB002", "CSTDCS", 8, 10, "Cơ sở", 9, 1],
    [2025, "CB001", "CSTD_BO", 9, 10, "Cơ sở", 9, 1],
    [2025, "CB006", "CSTDCS", 7, 10, "Cơ sở", 9, 1],
    [2025, "KV01", "CO_BO", 9, 10, "Cơ sở", 9, 1],
  ];
  const achievements: CellValue[][] = [
    ["Ngày", "Mã đối tượng", "Nội dung", "Loại", "Đề nghị hình thức", "Minh chứng"],
    ["18/08/2025", "CB003", "Kịp thời ngăn chặn việc tẩu tán tài sản thi hành án trị giá 2 tỷ đồng & bảo vệ hồ sơ", "Đột xuất", "Giấy khen", "Báo cáo số 12/BC-VP"],
    ["05/03/2024", "CB003", "Thành tích năm trước", "Đột xuất", "Giấy khen", ""],
    ["10/10/2025", "CB006", "Không đề nghị", "Thường xuyên", "", ""],
  ];
  return {
    sheets: [
      sheet("Cấu hình", settings),
      sheet("Đơn vị", units),
      sheet("Cá nhân", people),
      sheet("Xếp loại", ratings),
      sheet("Sáng kiến", initiatives),
      sheet("Kỷ luật", [["Mã đối tượng", "Hình thức", "Từ ngày", "Đến ngày", "Số quyết định", "Ghi chú"]]),
      sheet("Khen thưởng", awards),
      sheet("Kết quả THADS", results),
      sheet("Bình xét", votes),
      sheet("Thành tích", achievements),
    ],
  };
}

const decision = (title: Title, status: Status): Decision => ({
  title,
  status,
  reasons:
    status === "pending"
      ? [{ rule: "R2", outcome: "missing", text: { key: "docs.test.noVote", params: { title } }, cells: [], source: "NĐ 98/2023 Điều 30.7" }]
      : [],
  nearMiss: [],
});

const person = (code: string, name: string, unit: string, d: ReadonlyArray<readonly [Title, Status]>): PersonResult => ({
  code,
  name,
  unit,
  decisions: d.map(([t, s]) => decision(t, s)),
});

const unit = (code: string, name: string, cluster: string, d: ReadonlyArray<readonly [Title, Status]>, extra: Partial<UnitResult> = {}): UnitResult => ({
  code,
  name,
  cluster,
  score: null,
  class: null,
  clusterRank: null,
  rankDecidedBy: null,
  targets: { viec: null, tien: null, giamChuyenKy: null },
  decisions: d.map(([t, s]) => decision(t, s)),
  ...extra,
});

/** The decisions the rules would reach on the fixture (written by hand). */
export function fixtureRank(fingerprint: string, options: FixtureOptions = {}): RankResult {
  return {
    year: options.year ?? 2025,
    ruleSet: "ND152-2025",
    fingerprint,
    parameters: { cstdcsVote: 0.8, cstdBoVote: 0.9, cstdtqVote: 0.9, coBoVote: 0.8, coCpVote: 0.8, proposalThresholds: null },
    parameterSources: {},
    units: [
      unit("KV01", NAMES.KV01_2025, "Khối 1", [["BK_BO", "not-eligible"], ["CO_BO", "eligible"], ["TTLDTT", "eligible"], ["TTLDXS", "eligible"]], {
        score: 186.5,
        class: "A",
        clusterRank: 1,
      }),
      unit("KV02", NAMES.KV02, "Khối 1", [["CO_BO", "not-eligible"], ["TTLDTT", "eligible"], ["TTLDXS", "pending"]]),
      unit("VP", NAMES.VP, "Khối 2", [["TTLDTT", "hold"]]),
    ],
    people: [
      person("CB001", NAMES.CB001, "KV01", [["BK_BO", "eligible"], ["CSTDCS", "eligible"], ["CSTD_BO", "eligible"], ["LDTT", "eligible"]]),
      person("CB002", NAMES.CB002, "KV02", [["BK_BO", "eligible"], ["CSTDCS", "eligible"], ["LDTT", "eligible"]]),
      person("CB003", NAMES.CB003, "VP", [["LDTT", "eligible"]]),
      person("CB004", NAMES.CB004, "KV01", [["CSTDCS", "pending"], ["LDTT", "eligible"]]),
      person("CB005", NAMES.CB005, "VP", [["LDTT", "eligible"]]),
      person("CB006", NAMES.CB006, "KV02", [["CSTDCS", "not-eligible"], ["LDTT", "eligible"]]),
      ...(options.extraPeople ?? []).map(([code, name]) => person(code, name, "KV01", [["BK_BO", "eligible"], ["LDTT", "eligible"]])),
    ],
  };
}

export interface Fixture {
  readonly check: CheckResult;
  readonly rank: RankResult;
  readonly set: ProposalSet;
}

export function fixture(options: FixtureOptions = {}, input: Partial<Omit<ProposalInput, "data" | "rank">> = {}): Fixture {
  const check = checkWorkbook(fixtureGrids(options));
  const rank = fixtureRank(check.fingerprint, options);
  const set = buildProposalSet({ data: check.data, rank, documentDate: "2026-02-05", ...input });
  return { check, rank, set };
}
