/**
 * A small typed builder of tracking workbooks for the rules' tests: rows are written as grids with the
 * canonical headers and read back with the real reader, so every record has real cell addresses.
 */
import type { CellValue, SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import type { TrackingData } from "../../../src/core/model";
import { readWorkbook } from "../../../src/core/read/read-workbook";
import { resolveContext, type RuleContext } from "../../../src/core/rules/context";
import { decidePeople } from "../../../src/core/rules/people";
import type { Decision, PersonResult } from "../../../src/core/rules/types";
import type { Title } from "../../../src/core/schema/enums";

type Row = CellValue[];

const HEADERS = {
  settings: ["Tham số", "Giá trị"],
  units: ["Mã đơn vị", "Tên đơn vị", "Loại", "Khối thi đua"],
  people: ["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Mã đơn vị", "Ngày tuyển dụng"],
  ratings: ["Năm", "Mã đối tượng", "Xếp loại", "Số quyết định", "Ngày quyết định"],
  initiatives: ["Mã sáng kiến", "Tên", "Loại", "Tác giả", "Năm", "Phạm vi", "Số quyết định công nhận"],
  discipline: ["Mã đối tượng", "Hình thức", "Từ ngày", "Đến ngày", "Số quyết định"],
  awards: ["Năm", "Mã đối tượng", "Danh hiệu/Hình thức", "Loại khen", "Số quyết định", "Trạng thái", "Sáng kiến sử dụng"],
  votes: ["Năm", "Mã đối tượng", "Danh hiệu/Hình thức", "Số phiếu đồng ý", "Tổng số thành viên", "Cấp hội đồng"],
} as const;

const NAMES: Record<keyof typeof HEADERS, string> = {
  settings: "Cấu hình",
  units: "Đơn vị",
  people: "Cá nhân",
  ratings: "Xếp loại",
  initiatives: "Sáng kiến",
  discipline: "Kỷ luật",
  awards: "Khen thưởng",
  votes: "Bình xét",
};

export interface PersonOpts {
  readonly name?: string;
  readonly gender?: "Nam" | "Nữ";
  readonly unit?: string;
  readonly recruited?: string;
}

export class WorkbookBuilder {
  private readonly rows: Record<keyof typeof HEADERS, Row[]> = {
    settings: [],
    units: [],
    people: [],
    ratings: [],
    initiatives: [],
    discipline: [],
    awards: [],
    votes: [],
  };

  constructor(year: number | null = 2025) {
    if (year !== null) this.setting("Năm thi đua", year);
    this.unit("KV01", "Phòng Thi hành án dân sự khu vực 1");
  }

  setting(key: string, value: CellValue): this {
    this.rows.settings.push([key, value]);
    return this;
  }

  unit(code: string, name: string, cluster = "Khối 1"): this {
    this.rows.units.push([code, name, "Khu vực", cluster]);
    return this;
  }

  person(code: string, o: PersonOpts = {}): this {
    this.rows.people.push([code, o.name ?? `Người ${code}`, o.gender ?? "Nam", "", "Chấp hành viên", o.unit ?? "KV01", o.recruited ?? ""]);
    return this;
  }

  rating(year: number, subject: string, rating: string, decisionNo = `${year}/QĐ-XL`): this {
    this.rows.ratings.push([year, subject, rating, decisionNo, ""]);
    return this;
  }

  /** The same rating for several years. */
  ratings(subject: string, years: ReadonlyArray<number>, rating: string): this {
    for (const y of years) this.rating(y, subject, rating);
    return this;
  }

  initiative(code: string, o: { authors: string; year: number; scope?: string; kind?: string; decisionNo?: string }): this {
    this.rows.initiatives.push([code, `Sáng kiến ${code}`, o.kind ?? "Sáng kiến", o.authors, o.year, o.scope ?? "Cơ sở", o.decisionNo ?? `${code}/QĐ-SK`]);
    return this;
  }

  discipline(subject: string, form: string, from: string, to = ""): this {
    this.rows.discipline.push([subject, form, from, to, "01/QĐ-KL"]);
    return this;
  }

  award(year: number, subject: string, title: string, o: { kind?: string; status?: string; initiatives?: string } = {}): this {
    this.rows.awards.push([year, subject, title, o.kind ?? "Công trạng", `${year}/QĐ-KT`, o.status ?? "Hiệu lực", o.initiatives ?? ""]);
    return this;
  }

  /** A recorded title for several years. */
  awards(subject: string, title: string, years: ReadonlyArray<number>): this {
    for (const y of years) this.award(y, subject, title);
    return this;
  }

  vote(year: number, subject: string, title: string, votesFor: number, members: number | "", level = "Cơ sở"): this {
    this.rows.votes.push([year, subject, title, votesFor, members, level]);
    return this;
  }

  grids(shuffle?: (rows: Row[]) => Row[]): WorkbookGrids {
    const sheets: SheetGrid[] = [];
    for (const id of Object.keys(HEADERS) as Array<keyof typeof HEADERS>) {
      const body = shuffle && id !== "settings" ? shuffle([...this.rows[id]]) : this.rows[id];
      sheets.push({ name: NAMES[id], values: [[...HEADERS[id]], ...body] });
    }
    return { sheets };
  }

  data(shuffle?: (rows: Row[]) => Row[]): TrackingData {
    return readWorkbook(this.grids(shuffle)).data;
  }
}

export function workbook(year: number | null = 2025): WorkbookBuilder {
  return new WorkbookBuilder(year);
}

export function contextOf(data: TrackingData, year?: number): RuleContext {
  const { ctx } = resolveContext(data, year === undefined ? {} : { year });
  if (!ctx) throw new Error("no evaluation year");
  return ctx;
}

export function decideAll(b: WorkbookBuilder, year?: number): PersonResult[] {
  const data = b.data();
  return decidePeople(data, contextOf(data, year));
}

export function decisionOf(people: ReadonlyArray<PersonResult>, code: string, title: Title): Decision {
  const p = people.find((x) => x.code === code);
  if (!p) throw new Error(`no person ${code}`);
  const d = p.decisions.find((x) => x.title === title);
  if (!d) throw new Error(`no decision ${title} for ${code}`);
  return d;
}

/** Decides and returns one person's decision for one title. */
export function decision(b: WorkbookBuilder, code: string, title: Title, year?: number): Decision {
  return decisionOf(decideAll(b, year), code, title);
}

/** The reasons of a decision for one rule id. */
export function reasons(d: Decision, rule: string): Decision["reasons"] {
  return d.reasons.filter((r) => r.rule === rule);
}
