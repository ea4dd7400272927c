/** Tables both achievement reports (Mẫu 04, Mẫu 05) hold: results vs targets, ratings, the two award tables. */
import type { Paragraph, Table } from "docx";
import { TEXT_WIDTH } from "../format";
import { CENTER, fit, line, rowsTable } from "./parts";

const W = TEXT_WIDTH.portrait;

export function resultsTable(): Table {
  const w = fit([2400, 1500, 2600, 1300, 1900], W);
  return rowsTable("ket_qua", [
    { header: "Chỉ tiêu", width: w[0], field: "chi_tieu" },
    { header: "Chỉ tiêu được giao", width: w[1], field: "giao", align: CENTER },
    { header: "Kết quả thực hiện", width: w[2], field: "dat", align: CENTER },
    { header: "Tỷ lệ đạt", width: w[3], field: "ty_le", align: CENTER },
    { header: "So với năm trước", width: w[4], field: "so_voi", align: CENTER },
  ]);
}

export function ratingsTable(): Table {
  const w = fit([1400, 3600, 4071], W);
  return rowsTable("xep_loai", [
    { header: "Năm", width: w[0], field: "nam", align: CENTER },
    { header: "Kết quả xếp loại", width: w[1], field: "ket_qua" },
    { header: "Số, ngày quyết định", width: w[2], field: "quyet_dinh" },
  ]);
}

function awardTable(group: string, what: string): Table {
  const w = fit([1200, 3300, 4571], W);
  return rowsTable(group, [
    { header: "Năm", width: w[0], field: "nam", align: CENTER },
    { header: what, width: w[1], field: "ten" },
    { header: "Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định", width: w[2], field: "quyet_dinh" },
  ]);
}

/** III. Các hình thức đã được khen thưởng: danh hiệu thi đua, then hình thức khen thưởng. */
export function awardSection(): Array<Paragraph | Table> {
  return [
    line("1. Danh hiệu thi đua:"),
    awardTable("danh_hieu", "Danh hiệu thi đua"),
    line("2. Hình thức khen thưởng:"),
    awardTable("hinh_thuc", "Hình thức khen thưởng"),
  ];
}
