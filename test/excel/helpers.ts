/**
 * Test helpers: a clerk's tracking workbook for the fake host (banner rows, offsets, the clerk's own formats,
 * drop-downs and conditional formats, formula-looking text), and measuring one action's syncs.
 */
import type { CellValue } from "../../src/core/grid";
import { createFakeOffice, type FakeOfficeHost, type FakeSheetInit, type FakeWorkbookInit, type SyncRecord } from "../fake-office";
import type { FakeHostOptions } from "../fake-office";

export const CLERK_SHEETS = ["Cấu hình", "Đơn vị", "Cá nhân", "Xếp loại", "Ghi chú riêng"] as const;

/** Text a clerk may type that Excel would read as a formula, a number, a date, a boolean or an error. */
export const TRICKY_TEXT = ["=SUM(A1:A3)", "-Nguyễn", "+84 912 345 678", "@home", "001", "1/2/2025", "TRUE", "#N/A", "'quoted", " 12 ", "Jan 5"] as const;

function unitsSheet(units: number): FakeSheetInit {
  const rows: CellValue[][] = [["Mã đơn vị", "Tên đơn vị", "Loại", "Khối thi đua", "Số biên chế"]];
  for (let i = 1; i <= units; i++) rows.push([`DV${String(i).padStart(2, "0")}`, `Chi cục Thi hành án dân sự khu vực ${i}`, "Chi cục", `Khối ${1 + (i % 3)}`, 10 + i]);
  return {
    name: "Đơn vị",
    origin: "B3",
    rows,
    cells: { B1: { value: "DANH SÁCH ĐƠN VỊ", bold: true, fontSize: 14 } },
    columnWidths: { B: 60, C: 240 },
    frozenRows: 3,
  };
}

function peopleSheet(people: number, units: number): FakeSheetInit {
  const rows: CellValue[][] = [["STT", "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Mã đơn vị", "Ngạch", "Quê quán", "Trình độ"]];
  for (let i = 1; i <= people; i++) {
    const tricky = i <= TRICKY_TEXT.length ? TRICKY_TEXT[i - 1] : null;
    rows.push([
      i,
      `CB${String(i).padStart(5, "0")}`,
      tricky ?? `Nguyễn Văn ${i}`,
      i % 2 ? "Nam" : "Nữ",
      28000 + (i % 9000),
      i % 10 === 0 ? "Trưởng phòng" : "Chấp hành viên",
      `DV${String(1 + (i % units)).padStart(2, "0")}`,
      "Chấp hành viên trung cấp",
      "Hà Nội",
      "Cử nhân Luật",
    ]);
  }
  const last = people + 2;
  return {
    name: "Cá nhân",
    origin: "A2",
    rows,
    cells: {
      A1: { value: "DANH SÁCH CÁN BỘ, CÔNG CHỨC", bold: true },
      A2: { value: "STT", bold: true, fill: "#FFF2CC" },
      B2: { value: "Mã cán bộ", bold: true, fill: "#FFF2CC" },
      C2: { value: "Họ và tên", bold: true, fill: "#FFF2CC" },
      E3: { value: 28001, numberFormat: "dd/mm/yyyy" },
    },
    columnWidths: { B: 70, C: 160 },
    frozenRows: 2,
    validations: [{ range: `D3:D${last}`, rule: { list: { inCellDropDown: true, source: "Nam,Nữ" } } }],
    conditionalFormats: [{ ranges: [`D3:D${last}`], formula: '=$D3="Nữ"', fill: "#E2EFDA" }],
  };
}

function ratingsSheet(people: number): FakeSheetInit {
  const rows: CellValue[][] = [["Năm", "Mã đối tượng", "Xếp loại", "Số quyết định"]];
  for (let i = 1; i <= people; i++) rows.push([2025, `CB${String(i).padStart(5, "0")}`, i % 7 === 0 ? "HTXSNV" : "HTTNV", `${i}/QĐ-CCTHADS`]);
  return { name: "Xếp loại", rows };
}

/** A clerk's workbook with `people` people (and as many rating rows). */
export function clerkWorkbook(people: number, extra: ReadonlyArray<FakeSheetInit> = []): FakeWorkbookInit {
  const units = 12;
  return {
    sheets: [
      {
        name: "Cấu hình",
        rows: [
          ["Tham số", "Giá trị"],
          ["Năm thi đua", 2025],
          ["Cơ quan", "Cục Thi hành án dân sự tỉnh Mẫu"],
        ],
        cells: { A1: { value: "Tham số", bold: true } },
      },
      unitsSheet(units),
      peopleSheet(people, units),
      ratingsSheet(people),
      { name: "Ghi chú riêng", rows: [["Ghi chú của văn thư"], ["=không phải công thức"]], cells: { A1: { value: "Ghi chú của văn thư", italic: true } } },
      ...extra,
    ],
  };
}

export function clerkHost(people: number, options: FakeHostOptions = {}, extra: ReadonlyArray<FakeSheetInit> = []): FakeOfficeHost {
  return createFakeOffice(clerkWorkbook(people, extra), options);
}

/** Snapshots of the clerk's sheets (every sheet except the listed output sheets). */
export function clerkSnapshots(host: FakeOfficeHost, exclude: ReadonlyArray<string> = [], options?: Parameters<FakeOfficeHost["snapshot"]>[1]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of host.sheetNames()) if (!exclude.includes(n)) out.set(n, host.snapshot(n, options));
  return out;
}

export interface Measured<T> {
  readonly result: T;
  readonly syncs: ReadonlyArray<SyncRecord>;
}

/** Runs `action` with the host installed as globals, returning the syncs it made. */
export async function measure<T>(host: FakeOfficeHost, action: () => Promise<T>): Promise<Measured<T>> {
  const before = host.syncCount;
  host.install();
  try {
    const result = await action();
    return { result, syncs: host.syncs.slice(before) };
  } finally {
    host.uninstall();
  }
}

export const FIVE_MB = 5_000_000;
