/**
 * The bundled sample workbook (templates/so-theo-doi-mau.xlsx): the provincial civil judgment enforcement
 * office of Vĩnh Long after the 2025 reorganisation (Bến Tre merged into Vĩnh Long from 01/07/2025), with
 * the records it kept since the "Đồng khởi mới" movement (Kế hoạch 508/KH-CTHADS, 14/5/2021): one provincial
 * office, its Văn phòng, 8 Phòng Thi hành án dân sự khu vực in two clusters, 150 staff, 2021–2025.
 *
 * Most people are generated (seeded) with an award history that follows the rules; the people and units in
 * SAMPLE_DESIGN are written by hand so that the 2025 decisions show every status (eligible, not-eligible,
 * pending, hold) for every person title and every unit title, and the workbook has no validation issue.
 */
import type { Rating, Title } from "../../core/schema/enums";
import { RATING_DOMAIN } from "../../core/schema/enums";
import type { IsoDate } from "../../core/text/parse-values";
import { isoDate } from "../../core/text/parse-values";
import { toGrids, type GeneratedWorkbook, type WorkbookLayout } from "./grids";
import type { GenAchievement, GenAward, GenData, GenDiscipline, GenInitiative, GenPerson, GenRating, GenResult, GenScore, GenUnit, GenVote } from "./model";
import { DISTRICT_POSTS, HOMETOWNS, initiativeName, OFFICE_POSTS, personName, PROVINCE_POSTS, type Post } from "./names";
import { DecisionBook, type Issuer } from "./numbering";
import { Rng } from "./prng";
import { simulateHistory, simulateVotes, voteRow, type Issuers } from "./simulate";
import { DEFAULT_CRITERIA, resultRow, scoreRows } from "./thads";

export const SAMPLE_YEAR = 2025;
const FIRST = 2021;
/** 17/01/1960: the Bến Tre uprising (Đồng khởi) the movement is named after. */
export const SAMPLE_SEED = 17_01_1960;
export const COUNCIL_SIZE = 11;

const CUC: Issuer = { name: "Cục trưởng Cục Thi hành án dân sự tỉnh Bến Tre", suffix: "QĐ-CTHADS" };
const THADS: Issuer = { name: "Trưởng Thi hành án dân sự tỉnh Vĩnh Long", suffix: "QĐ-THADS" };
const MINISTRY: Issuer = { name: "Bộ trưởng Bộ Tư pháp", suffix: "QĐ-BTP" };
const PROVINCE: Issuer = { name: "Chủ tịch Ủy ban nhân dân tỉnh Bến Tre", suffix: "QĐ-UBND" };
const GENERAL_DEPT: Issuer = { name: "Tổng cục trưởng Tổng cục Thi hành án dân sự", suffix: "QĐ-TCTHADS" };
const MANAGEMENT_DEPT: Issuer = { name: "Cục trưởng Cục Quản lý thi hành án dân sự", suffix: "QĐ-QLTHADS" };

/** Award decisions of year N are signed in January of N+1: until 28/02/2025 by the Cục. */
const ISSUERS: Issuers = { agency: (y) => (y <= 2025 ? CUC : THADS), ministry: MINISTRY, province: PROVINCE };
/** Decisions signed late in year y (ratings, initiatives). */
const lateAgency = (y: number): Issuer => (y >= 2025 ? THADS : CUC);

interface UnitPlan {
  readonly unit: GenUnit;
  readonly posts: ReadonlyArray<Post>;
  /** Ratings 2021…2025 (null: not yet rated). */
  readonly ratings: ReadonlyArray<Rating | null>;
}

const CLUSTER_1 = "Khối thi đua số 1";
const CLUSTER_2 = "Khối thi đua số 2";
const RENAMED = isoDate(2025, 2, 28);
const MERGED = isoDate(2025, 6, 30);

const district = (n: number, old: string, cluster: string, ratings: ReadonlyArray<Rating | null>): UnitPlan => ({
  unit: {
    code: `KV0${n}`,
    name: `Phòng Thi hành án dân sự khu vực ${n}`,
    kind: "Khu vực",
    cluster,
    oldName: `Chi cục Thi hành án dân sự ${old}`,
    oldNameUntil: RENAMED,
  },
  posts: DISTRICT_POSTS,
  ratings,
});

const X = "HTXSNV";
const T = "HTTNV";
const H = "HTNV";

const UNIT_PLANS: ReadonlyArray<UnitPlan> = [
  {
    unit: { code: "TINH", name: "Thi hành án dân sự tỉnh Vĩnh Long", kind: "Tỉnh", cluster: "", oldName: "Cục Thi hành án dân sự tỉnh Bến Tre", oldNameUntil: MERGED },
    posts: PROVINCE_POSTS,
    ratings: [X, X, T, X, T],
  },
  {
    unit: { code: "VP", name: "Văn phòng Thi hành án dân sự tỉnh Vĩnh Long", kind: "Phòng", cluster: "", oldName: "Văn phòng Cục Thi hành án dân sự tỉnh Bến Tre", oldNameUntil: MERGED },
    posts: OFFICE_POSTS,
    ratings: [T, X, T, X, null],
  },
  district(1, "thành phố Bến Tre", CLUSTER_1, [T, X, X, X, X]),
  district(2, "huyện Châu Thành", CLUSTER_1, [X, T, X, T, X]),
  district(3, "huyện Chợ Lách", CLUSTER_1, [T, T, X, T, T]),
  district(4, "huyện Mỏ Cày Nam", CLUSTER_1, [T, H, T, T, T]),
  district(5, "huyện Giồng Trôm", CLUSTER_2, [X, X, T, X, X]),
  district(6, "huyện Bình Đại", CLUSTER_2, [T, T, T, X, T]),
  district(7, "huyện Ba Tri", CLUSTER_2, [T, X, T, T, X]),
  district(8, "huyện Thạnh Phú", CLUSTER_2, [X, T, X, T, X]),
];

type IssuerKey = "agency" | "ministry" | "province";

interface ScriptAward {
  readonly year: number;
  readonly title: Title;
  readonly issuer?: IssuerKey;
  readonly kind?: GenAward["kind"];
  readonly revoked?: boolean;
}

interface ScriptInitiative {
  readonly year: number;
  readonly scope: GenInitiative["scope"];
  readonly kind?: GenInitiative["kind"];
  readonly coAuthors?: ReadonlyArray<string>;
  readonly name: string;
}

interface ScriptVote {
  readonly title: Title;
  readonly votesFor: number;
  readonly members?: number;
  readonly level?: GenVote["level"];
  readonly present?: number;
  readonly writtenAbsent?: number;
}

interface PersonScript {
  /** Ratings 2021…2025 (null: none recorded). */
  readonly ratings: ReadonlyArray<Rating | null>;
  /** LĐTT is recorded for every year 2021–2024 rated ≥ HTTNV; these come on top. */
  readonly awards?: ReadonlyArray<ScriptAward>;
  readonly initiatives?: ReadonlyArray<ScriptInitiative>;
  readonly votes?: ReadonlyArray<ScriptVote>;
  readonly discipline?: ReadonlyArray<Omit<GenDiscipline, "subject">>;
  /** The 2025 rating decision is not entered yet. */
  readonly noDecisionNo2025?: boolean;
}

/** What the sample is designed to show: the 2025 decision each hand-written subject should get, and why. */
export interface DesignedDecision {
  readonly subject: string;
  readonly title: Title;
  readonly status: "eligible" | "not-eligible" | "pending" | "hold";
  readonly because: string;
}

const cb = (n: number): string => `CB${String(n).padStart(3, "0")}`;

/** The hand-written people, by code (codes follow the units' order: TINH CB001–022, VP CB023–038, KV01 CB039–052, …). */
const SCRIPTS: ReadonlyMap<string, PersonScript> = new Map<string, PersonScript>([
  // Trưởng THADS tỉnh: BK_TTG eligible (BK_BO 2022, ≥ HTTNV 2021–2025, CSTĐCS 2021, 2022, 2024 + 2025).
  [cb(1), {
    ratings: [X, X, X, X, X],
    awards: [{ year: 2021, title: "CSTDCS" }, { year: 2022, title: "CSTDCS" }, { year: 2022, title: "BK_BO", issuer: "ministry" }, { year: 2024, title: "CSTDCS" }],
    initiatives: [
      { year: 2021, scope: "CO_SO", name: "Giải pháp chỉ đạo, điều hành tập trung giải quyết dứt điểm các vụ việc thi hành án tồn đọng, kéo dài" },
      { year: 2024, scope: "TOAN_QUOC", kind: "DE_TAI", coAuthors: [cb(2)], name: "Đề tài: Hoàn thiện cơ chế phối hợp giữa cơ quan thi hành án dân sự với ngân hàng thương mại trong xử lý tài sản bảo đảm" },
    ],
    votes: [{ title: "CSTDCS", votesFor: 11, present: 11, writtenAbsent: 0 }],
  }],
  // Phó Trưởng: CSTD_BO eligible on the upper council's result (Bộ, tỉnh 14/15).
  [cb(2), {
    ratings: [T, X, X, X, X],
    awards: [{ year: 2023, title: "CSTDCS" }, { year: 2024, title: "CSTDCS" }],
    initiatives: [{ year: 2025, scope: "BO_TINH", name: "Quy trình kiểm soát chặt chẽ việc xác minh điều kiện thi hành án bằng phần mềm quản lý hồ sơ điện tử" }],
    votes: [
      { title: "CSTDCS", votesFor: 10, present: 11, writtenAbsent: 0 },
      { title: "CSTD_BO", votesFor: 10, present: 11, writtenAbsent: 0 },
      { title: "CSTD_BO", votesFor: 14, members: 15, level: "BO_TINH", present: 14, writtenAbsent: 1 },
    ],
  }],
  // Phó Trưởng: CSTD_BO not-eligible because the 2023 CSTĐCS was revoked (R12), despite a 10/11 vote.
  [cb(3), {
    ratings: [T, X, X, X, X],
    awards: [{ year: 2023, title: "CSTDCS", revoked: true }, { year: 2024, title: "CSTDCS" }],
    initiatives: [{ year: 2024, scope: "BO_TINH", name: "Giải pháp nâng cao chất lượng thẩm định giá tài sản kê biên thông qua cơ sở dữ liệu giá thị trường" }],
    votes: [
      { title: "CSTDCS", votesFor: 11, present: 11, writtenAbsent: 0 },
      { title: "CSTD_BO", votesFor: 10, present: 11, writtenAbsent: 0 },
    ],
  }],
  // Chánh Văn phòng: BK_BO eligible on ground 2 (HTXSNV 2024–2025 and two initiatives), no CSTĐCS in 2024.
  [cb(23), {
    ratings: [T, T, T, X, X],
    initiatives: [
      { year: 2024, scope: "CO_SO", name: "Số hóa quy trình tiếp nhận, luân chuyển văn bản đến trên hệ thống quản lý văn bản điều hành" },
      { year: 2025, scope: "CO_SO", coAuthors: [cb(31)], name: "Ứng dụng chữ ký số và lưu trữ điện tử hồ sơ thi đua - khen thưởng" },
    ],
    votes: [{ title: "CSTDCS", votesFor: 9, present: 10, writtenAbsent: 1 }],
    noDecisionNo2025: true,
  }],
  // Trưởng phòng KV1: CSTD_BO eligible (CSTĐCS 2023, 2024, 2025; initiative Bộ, tỉnh 2024; 10/11 at the agency).
  [cb(39), {
    ratings: [X, X, X, X, X],
    awards: [{ year: 2023, title: "CSTDCS" }, { year: 2024, title: "CSTDCS" }],
    initiatives: [{ year: 2024, scope: "BO_TINH", coAuthors: [cb(40)], name: "Mô hình “Tổ công tác liên ngành” trong cưỡng chế giao tài sản là nhà, đất có đông người chiếm giữ" }],
    votes: [
      { title: "CSTDCS", votesFor: 11, present: 11, writtenAbsent: 0 },
      { title: "CSTD_BO", votesFor: 10, present: 11, writtenAbsent: 0 },
    ],
  }],
  // Phó Trưởng phòng KV1, co-author of CB039's initiative: CSTĐCS and BK_BO eligible, CSTD_BO not (streak).
  [cb(40), {
    ratings: [T, T, T, X, X],
    awards: [{ year: 2024, title: "CSTDCS" }],
    votes: [{ title: "CSTDCS", votesFor: 9, present: 11, writtenAbsent: 0 }],
  }],
  // Phó Trưởng phòng KV2: an open review since 20/11/2025 → hold for every title.
  [cb(55), {
    ratings: [T, T, X, X, X],
    awards: [{ year: 2024, title: "CSTDCS" }],
    initiatives: [{ year: 2025, scope: "CO_SO", name: "Biện pháp vận động đương sự tự nguyện thi hành án trong các vụ việc tranh chấp đất đai giữa người thân trong gia đình" }],
    votes: [{ title: "CSTDCS", votesFor: 10, present: 11, writtenAbsent: 0 }],
    discipline: [{ form: "DANG_XEM_XET", from: isoDate(2025, 11, 20), note: "Đang xác minh đơn khiếu nại của đương sự về việc tổ chức cưỡng chế" }],
  }],
  // Chấp hành viên KV2: CSTD_BO not-eligible, the agency council gave 9/11 (81.8 % < 90 %).
  [cb(58), {
    ratings: [T, T, X, X, X],
    awards: [{ year: 2023, title: "CSTDCS" }, { year: 2024, title: "CSTDCS" }],
    initiatives: [{ year: 2023, scope: "BO_TINH", name: "Kinh nghiệm tổ chức thi hành các khoản thu hồi tiền, tài sản cho Nhà nước trong các vụ án tham nhũng, kinh tế" }],
    votes: [
      { title: "CSTDCS", votesFor: 10, present: 11, writtenAbsent: 0 },
      { title: "CSTD_BO", votesFor: 9, present: 11, writtenAbsent: 0 },
    ],
  }],
  // Chấp hành viên KV3: CSTĐCS not-eligible, 8/11 votes (72.7 % < 80 %).
  [cb(70), {
    ratings: [T, T, T, T, X],
    votes: [{ title: "CSTDCS", votesFor: 8, present: 10, writtenAbsent: 0 }],
  }],
  // Chấp hành viên KV3: a khiển trách in 2023 resets the streaks (R8) → BK_TTG not-eligible; BK_BO eligible.
  [cb(72), {
    ratings: [X, X, T, X, X],
    awards: [{ year: 2021, title: "CSTDCS" }, { year: 2022, title: "CSTDCS" }, { year: 2022, title: "BK_BO", issuer: "province" }, { year: 2024, title: "CSTDCS" }],
    votes: [{ title: "CSTDCS", votesFor: 10, present: 11, writtenAbsent: 0 }],
    discipline: [{ form: "KHIEN_TRACH", from: isoDate(2023, 3, 10), to: isoDate(2023, 9, 9), note: "Chậm ban hành quyết định thi hành án" }],
  }],
  // Phó Trưởng phòng KV5: CSTD_BO pending, no vote row for it.
  [cb(97), {
    ratings: [T, T, X, X, X],
    awards: [{ year: 2023, title: "CSTDCS" }, { year: 2024, title: "CSTDCS" }],
    initiatives: [{ year: 2025, scope: "BO_TINH", name: "Giải pháp phối hợp với Ủy ban nhân dân cấp xã sau sắp xếp đơn vị hành chính trong tống đạt, xác minh thi hành án" }],
    votes: [{ title: "CSTDCS", votesFor: 11, present: 11, writtenAbsent: 0 }],
  }],
  // Chấp hành viên KV6: cảnh cáo from 15/04/2025 (unit KV6 cannot be TTLĐTT, R14).
  [cb(115), {
    ratings: [T, T, T, T, H],
    discipline: [{ form: "CANH_CAO", from: isoDate(2025, 4, 15), to: isoDate(2026, 4, 14), note: "Vi phạm quy định về quản lý hồ sơ thi hành án" }],
  }],
  // Thư ký KV6: BK_TTG not-eligible, the only Bằng khen is Đột xuất (R11).
  [cb(118), {
    ratings: [X, T, X, T, X],
    awards: [{ year: 2021, title: "CSTDCS" }, { year: 2023, title: "CSTDCS" }, { year: 2024, title: "BK_BO", issuer: "province", kind: "DOT_XUAT" }],
    votes: [{ title: "CSTDCS", votesFor: 9, present: 11, writtenAbsent: 0 }],
  }],
  // Phó Trưởng phòng KV7: no vote row → CSTĐCS pending, hence BK_BO pending (CSTĐCS 2024 recorded).
  [cb(125), {
    ratings: [T, T, T, X, X],
    awards: [{ year: 2024, title: "CSTDCS" }],
  }],
  // Chấp hành viên KV7: BK_BO 2023, CSTĐCS 2022–2023, 2025 pending (no vote) → BK_TTG pending.
  [cb(127), {
    ratings: [T, X, X, T, X],
    awards: [{ year: 2022, title: "CSTDCS" }, { year: 2023, title: "CSTDCS" }, { year: 2023, title: "BK_BO", issuer: "ministry" }],
  }],
]);

/** Units' awards written by hand (the unit titles TTLĐTT and TTLĐXS are derived from the data). */
const UNIT_AWARDS: ReadonlyArray<ScriptAward & { subject: string; titleText?: string }> = [
  { subject: "TINH", year: 2022, title: "BK_BO", issuer: "province" },
  { subject: "KV05", year: 2022, title: "BK_BO", issuer: "ministry" },
  { subject: "KV05", year: 2022, title: "CO_BO", issuer: "ministry" },
  { subject: "KV01", year: 2023, title: "BK_BO", issuer: "ministry" },
  { subject: "KV01", year: 2023, title: "CO_BO", issuer: "ministry" },
  { subject: "KV03", year: 2023, title: "GIAY_KHEN", kind: "DOT_XUAT" },
  { subject: "KV06", year: 2024, title: "GIAY_KHEN", kind: "CHUYEN_DE" },
];

/** The 2025 decisions the sample is built to produce (domain.md rules, default parameters of ND152-2025). */
export const SAMPLE_DESIGN: ReadonlyArray<DesignedDecision> = [
  { subject: cb(1), title: "BK_TTG", status: "eligible", because: "BK_BO 2022; ≥ HTTNV 2021–2025; CSTĐCS 2021, 2022, 2024 and 2025 (11/11)" },
  { subject: cb(1), title: "BK_BO", status: "eligible", because: "CSTĐCS 2024 and 2025" },
  { subject: cb(2), title: "CSTD_BO", status: "eligible", because: "CSTĐCS 2023–2025; initiative Bộ, tỉnh 2025; upper council 14/15" },
  { subject: cb(3), title: "CSTD_BO", status: "not-eligible", because: "CSTĐCS 2023 revoked (R12)" },
  { subject: cb(10), title: "LDTT", status: "pending", because: "no 2025 rating (transferred in 2025)" },
  { subject: cb(23), title: "BK_BO", status: "eligible", because: "HTXSNV 2024–2025 with two initiatives (R6 ground 2)" },
  { subject: cb(39), title: "CSTD_BO", status: "eligible", because: "CSTĐCS 2023–2025; initiative Bộ, tỉnh 2024; 10/11 at the agency" },
  { subject: cb(40), title: "BK_BO", status: "eligible", because: "CSTĐCS 2024 and 2025" },
  { subject: cb(55), title: "LDTT", status: "hold", because: "open review since 20/11/2025 (R9)" },
  { subject: cb(55), title: "CSTDCS", status: "hold", because: "open review (R9)" },
  { subject: cb(55), title: "CSTD_BO", status: "hold", because: "open review (R9)" },
  { subject: cb(55), title: "BK_BO", status: "hold", because: "open review (R9)" },
  { subject: cb(55), title: "BK_TTG", status: "hold", because: "open review (R9)" },
  { subject: cb(58), title: "CSTD_BO", status: "not-eligible", because: "9/11 = 81.8 % < 90 %" },
  { subject: cb(70), title: "CSTDCS", status: "not-eligible", because: "8/11 = 72.7 % < 80 %" },
  { subject: cb(70), title: "LDTT", status: "eligible", because: "HTXSNV 2025" },
  { subject: cb(72), title: "BK_TTG", status: "not-eligible", because: "khiển trách ended 09/09/2023: 2021–2023 do not count (R8)" },
  { subject: cb(72), title: "BK_BO", status: "eligible", because: "CSTĐCS 2024 and 2025, after the reset" },
  { subject: cb(97), title: "CSTD_BO", status: "pending", because: "standards met, no CSTD_BO vote row" },
  { subject: cb(115), title: "LDTT", status: "not-eligible", because: "HTNV 2025" },
  { subject: cb(118), title: "BK_TTG", status: "not-eligible", because: "the only BK_BO is Đột xuất (R11)" },
  { subject: cb(125), title: "CSTDCS", status: "pending", because: "HTXSNV 2025, no vote row" },
  { subject: cb(125), title: "BK_BO", status: "pending", because: "CSTĐCS 2024 recorded, 2025 pending" },
  { subject: cb(127), title: "BK_TTG", status: "pending", because: "BK_BO 2023; CSTĐCS 2022, 2023 and 2025 pending (no vote)" },
  { subject: cb(127), title: "BK_BO", status: "not-eligible", because: "no CSTĐCS 2024, HTTNV 2024" },
  { subject: "KV01", title: "CO_BO", status: "eligible", because: "first of Khối 1 (class A, 193 points), targets met, 10/11" },
  { subject: "KV01", title: "TTLDXS", status: "eligible", because: "HTXSNV, all members ≥ HTNV, all LĐTT, CSTĐCS members" },
  { subject: "KV01", title: "BK_BO", status: "eligible", because: "HTXSNV 2024 and 2025" },
  { subject: "KV02", title: "CO_BO", status: "not-eligible", because: "second in Khối 1" },
  { subject: "KV02", title: "TTLDXS", status: "eligible", because: "HTXSNV; 13/14 LĐTT (CB055 on hold counts as not LĐTT)" },
  { subject: "KV02", title: "BK_BO", status: "not-eligible", because: "HTTNV 2024" },
  { subject: "KV03", title: "TTLDTT", status: "eligible", because: "HTTNV, ≥ 70 % LĐTT" },
  { subject: "KV03", title: "TTLDXS", status: "not-eligible", because: "HTTNV 2025" },
  { subject: "KV04", title: "TTLDTT", status: "not-eligible", because: "8/14 LĐTT < 70 %" },
  { subject: "KV05", title: "CO_BO", status: "pending", because: "first of Khối 2, targets met, no vote row" },
  { subject: "KV05", title: "BK_BO", status: "eligible", because: "HTXSNV 2024 and 2025" },
  { subject: "KV06", title: "TTLDTT", status: "not-eligible", because: "a member under cảnh cáo in 2025" },
  { subject: "KV07", title: "TTLDXS", status: "pending", because: "HTXSNV; its only CSTĐCS candidates (CB125, CB127) have no vote row" },
  { subject: "KV07", title: "TTLDTT", status: "eligible", because: "HTTNV or better for all members" },
  { subject: "KV08", title: "TTLDTT", status: "hold", because: "inspection open since 06/10/2025 (R9)" },
  { subject: "KV08", title: "TTLDXS", status: "hold", because: "inspection open (R9)" },
  { subject: "KV08", title: "CO_BO", status: "hold", because: "inspection open (R9)" },
  { subject: "KV08", title: "BK_BO", status: "hold", because: "inspection open (R9)" },
  { subject: "VP", title: "TTLDTT", status: "pending", because: "no 2025 rating of the unit yet" },
  { subject: "VP", title: "TTLDXS", status: "pending", because: "no 2025 rating of the unit yet" },
  { subject: "VP", title: "BK_BO", status: "pending", because: "HTXSNV 2024, 2025 rating missing" },
  { subject: "VP", title: "CO_BO", status: "not-eligible", because: "no cluster" },
  { subject: "TINH", title: "TTLDTT", status: "eligible", because: "HTTNV, ≥ 70 % LĐTT (CB010 without a rating counts as not LĐTT)" },
  { subject: "TINH", title: "CO_BO", status: "not-eligible", because: "no cluster" },
];

/** 2025 results: achieved rates, reduction of the carry-over, total score and deduction. */
interface Standing {
  readonly cases: number;
  readonly money: number;
  readonly viec: readonly [number, number];
  readonly tien: readonly [number, number];
  readonly reduction: number;
  readonly score: number;
  readonly deduction: number;
}

/** Targets: 2024 84 % / 50 %, 2025 84,5 % / 50,5 %, carry-over reduced by 5 %. Rates are [2024, 2025]. */
const STANDINGS: Readonly<Record<string, Standing>> = {
  TINH: { cases: 900, money: 1_350_000_000, viec: [0.862, 0.872], tien: [0.521, 0.534], reduction: 0.08, score: 185, deduction: 0 },
  KV01: { cases: 4200, money: 640_000_000, viec: [0.874, 0.893], tien: [0.538, 0.556], reduction: 0.11, score: 193, deduction: 0 },
  KV02: { cases: 5100, money: 815_000_000, viec: [0.851, 0.868], tien: [0.509, 0.521], reduction: 0.07, score: 186, deduction: 0 },
  KV03: { cases: 3300, money: 402_000_000, viec: [0.843, 0.857], tien: [0.503, 0.512], reduction: 0.03, score: 172, deduction: 0 },
  KV04: { cases: 3800, money: 455_000_000, viec: [0.812, 0.791], tien: [0.471, 0.462], reduction: 0.06, score: 148, deduction: 4 },
  KV05: { cases: 4600, money: 598_000_000, viec: [0.866, 0.881], tien: [0.527, 0.548], reduction: 0.09, score: 189, deduction: 0 },
  KV06: { cases: 2900, money: 318_000_000, viec: [0.846, 0.852], tien: [0.502, 0.515], reduction: 0.06, score: 176, deduction: 2 },
  KV07: { cases: 3500, money: 377_000_000, viec: [0.849, 0.861], tien: [0.496, 0.487], reduction: 0.08, score: 183, deduction: 0 },
  KV08: { cases: 3100, money: 296_000_000, viec: [0.838, 0.849], tien: [0.511, 0.509], reduction: 0.06, score: 178, deduction: 1 },
};
const VP_SCORE = 181;

const year0 = (y: number): number => y - FIRST;

function randomDate(rng: Rng, y: number, fromMonth = 1, toMonth = 12): IsoDate {
  return isoDate(y, rng.int(fromMonth, toMonth), rng.int(1, 28));
}

type Quality = "strong" | "normal" | "weak";
const RATING_ODDS: Record<Quality, ReadonlyArray<readonly [Rating, number]>> = {
  strong: [[X, 0.5], [T, 0.5]],
  normal: [[X, 0.12], [T, 0.8], [H, 0.08]],
  weak: [[X, 0.02], [T, 0.6], [H, 0.38]],
};

/** Builds the sample's records. */
export function buildSampleData(): GenData {
  const rng = new Rng(SAMPLE_SEED);
  const book = new DecisionBook(rng.fork(1));
  const pr = rng.fork(2);
  const rr = rng.fork(3);
  const ir = rng.fork(4);

  // People, unit by unit.
  const people: GenPerson[] = [];
  const quality = new Map<string, Quality>();
  const seen = new Set<string>();
  let n = 0;
  for (const plan of UNIT_PLANS) {
    plan.posts.forEach((post, k) => {
      n++;
      const code = cb(n);
      const scripted = SCRIPTS.has(code);
      const female = pr.chance(0.45);
      let name = "";
      let birth = "";
      let birthYear = 0;
      do {
        name = personName(pr, female);
        birthYear = pr.int(1967, Math.min(2001, 2025 - post.minAge));
        birth = randomDate(pr, birthYear);
      } while (seen.has(name) || seen.has(`${name}|${birth}`));
      seen.add(name);
      seen.add(`${name}|${birth}`);
      // A few juniors joined after 2021 (rated from the year they joined); everyone hand-written joined before.
      const junior = !scripted && birthYear >= 1996 && pr.chance(0.5);
      const recruitYear = junior ? pr.int(2022, 2024) : pr.int(Math.min(2020, birthYear + 22), Math.min(2020, birthYear + 30));
      people.push({
        code,
        name,
        gender: female ? "NU" : "NAM",
        birthDate: birth,
        position: post.position,
        unit: plan.unit.code,
        grade: post.grade,
        recruitedDate: randomDate(pr, recruitYear, 1, junior ? 5 : 12),
        hometown: pr.weighted(HOMETOWNS),
        education: pr.weighted(post.education),
      });
      quality.set(code, k < 3 ? pr.weighted<Quality>([["strong", 0.6], ["normal", 0.4]]) : pr.weighted<Quality>([["strong", 0.2], ["normal", 0.65], ["weak", 0.15]]));
    });
  }

  // Ratings: hand-written ones, then the others with the 2025 constraints each unit's design needs.
  const ratingOf = new Map<string, Array<Rating | null>>();
  for (const p of people) {
    const script = SCRIPTS.get(p.code);
    if (script) {
      ratingOf.set(p.code, [...script.ratings]);
      continue;
    }
    const start = Number(p.recruitedDate.slice(0, 4));
    const list: Array<Rating | null> = [];
    for (let y = FIRST; y <= SAMPLE_YEAR; y++) list.push(y < start ? null : rr.weighted(RATING_ODDS[quality.get(p.code) ?? "normal"]));
    ratingOf.set(p.code, list);
  }
  const i25 = year0(SAMPLE_YEAR);
  ratingOf.get(cb(10))![i25] = null; // transferred in 2025, not rated yet
  for (const plan of UNIT_PLANS) {
    const free = people.filter((p) => p.unit === plan.unit.code && !SCRIPTS.has(p.code) && p.code !== cb(10));
    const code = plan.unit.code;
    if (code === "KV04") {
      // Five HTNV and one KHTNV: 8 of 14 LĐTT, below 70 %.
      free.forEach((p, i) => (ratingOf.get(p.code)![i25] = i < 3 || i >= 9 ? (ratingOf.get(p.code)![i25] === X ? X : T) : i === 8 ? "KHTNV" : H));
      continue;
    }
    if (code === "KV07") {
      // Nobody but CB125 and CB127 is a CSTĐCS candidate in KV07 (its TTLĐXS waits for their votes).
      free.forEach((p) => (ratingOf.get(p.code)![i25] = T));
      continue;
    }
    // Elsewhere at most one HTNV in 2025 (shares stay ≥ 70 %), nobody KHTNV.
    let low = code === "KV06" ? 1 : 0;
    for (const p of free) {
      const r = ratingOf.get(p.code)!;
      if (r[i25] === H || r[i25] === "KHTNV") {
        r[i25] = low < 1 ? H : T;
        low++;
      }
    }
  }

  const ratings: GenRating[] = [];
  for (let y = FIRST; y <= SAMPLE_YEAR; y++) {
    const dp = book.get(lateAgency(y), y, "XL-CN", 12, 12);
    for (const p of people) {
      const r = ratingOf.get(p.code)![year0(y)];
      if (!r) continue;
      const hideNo = y === SAMPLE_YEAR && SCRIPTS.get(p.code)?.noDecisionNo2025;
      ratings.push({ year: y, subject: p.code, rating: r, ...(y === FIRST ? { ratingText: RATING_DOMAIN.labels[r] } : {}), ...(hideNo ? {} : { decisionNo: dp.no, decisionDate: dp.date }) });
    }
    for (const plan of UNIT_PLANS) {
      const r = plan.ratings[year0(y)];
      if (!r) continue;
      const issuer = plan.unit.code === "TINH" ? (y < 2025 ? GENERAL_DEPT : MANAGEMENT_DEPT) : ISSUERS.agency(y + 1);
      const du = book.get(issuer, y + 1, "XL-TT", 1, 2);
      ratings.push({ year: y, subject: plan.unit.code, rating: r, decisionNo: du.no, decisionDate: du.date });
    }
  }

  // Initiatives: the hand-written ones and about 8 % of the others a year (scope Cơ sở; none in KV07 in 2025).
  const initiatives: GenInitiative[] = [];
  const seq = new Map<number, number>();
  const nextCode = (y: number): string => {
    const k = (seq.get(y) ?? 0) + 1;
    seq.set(y, k);
    return `SK${y}-${String(k).padStart(2, "0")}`;
  };
  const recognise = (y: number, scope: GenInitiative["scope"], topic: string): { no: string; date: IsoDate } => {
    const issuer = scope === "CO_SO" ? lateAgency(y) : scope === "TOAN_QUOC" ? MINISTRY : y === 2023 ? PROVINCE : MINISTRY;
    return book.get(issuer, y, topic, 10, 12);
  };
  for (let y = FIRST; y <= SAMPLE_YEAR; y++) {
    for (const [code, script] of SCRIPTS) {
      for (const s of script.initiatives ?? []) {
        if (s.year !== y) continue;
        const d = recognise(y, s.scope, `SK-${s.scope}-${code}`);
        initiatives.push({ code: nextCode(y), name: s.name, kind: s.kind ?? "SANG_KIEN", authors: [code, ...(s.coAuthors ?? [])], year: y, scope: s.scope, decisionNo: d.no, decisionDate: d.date });
      }
    }
    for (const p of people) {
      if (SCRIPTS.has(p.code) || !ratingOf.get(p.code)![year0(y)] || !ir.chance(0.08)) continue;
      if (y === SAMPLE_YEAR && p.unit === "KV07") continue;
      const mates = people.filter((m) => m.unit === p.unit && m.code !== p.code && !SCRIPTS.has(m.code) && ratingOf.get(m.code)![year0(y)] && !(y === SAMPLE_YEAR && m.unit === "KV07"));
      const authors = ir.chance(0.3) && mates.length ? [p.code, ir.pick(mates).code] : [p.code];
      const d = recognise(y, "CO_SO", "SK-CO_SO");
      initiatives.push({ code: nextCode(y), name: initiativeName(ir), kind: ir.chance(0.12) ? "DE_TAI" : "SANG_KIEN", authors, year: y, scope: "CO_SO", decisionNo: d.no, decisionDate: d.date });
    }
  }

  // Discipline.
  const discipline: GenDiscipline[] = [];
  for (const [code, script] of SCRIPTS) {
    for (const d of script.discipline ?? []) {
      const decided = d.form === "DANG_XEM_XET" ? {} : { decisionNo: book.get(d.from >= "2025-03-01" ? THADS : CUC, Number(d.from.slice(0, 4)), `KL-${code}`).no };
      discipline.push({ subject: code, ...d, ...decided });
    }
  }
  discipline.push({ subject: cb(31), form: "DANG_XEM_XET", from: isoDate(2025, 3, 3), to: isoDate(2025, 6, 30), note: "Đã có kết luận: không vi phạm" });
  discipline.push({ subject: "KV08", form: "DANG_XEM_XET", from: isoDate(2025, 10, 6), note: "Đang thanh tra việc tổ chức thi hành các vụ việc có giá trị lớn" });
  discipline.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  // Hand-written awards: persons' (LĐTT every year rated ≥ HTTNV) and units'.
  const issuerOf = (k: IssuerKey | undefined, y: number): Issuer => (k === "ministry" ? MINISTRY : k === "province" ? PROVINCE : ISSUERS.agency(y + 1));
  const monthsOf = (k: IssuerKey | undefined): [number, number] => (k === "ministry" ? [3, 6] : k === "province" ? [1, 3] : [1, 1]);
  const given: GenAward[] = [];
  const scriptAward = (subject: string, a: ScriptAward): GenAward => {
    const issuer = issuerOf(a.issuer, a.year);
    const [from, to] = monthsOf(a.issuer);
    const topic = a.kind && a.kind !== "CONG_TRANG" ? `${a.title}-${a.kind}-${subject}` : a.title;
    const d = book.get(issuer, a.year + 1, topic, from, to);
    return { year: a.year, subject, title: a.title, kind: a.kind ?? "CONG_TRANG", decisionNo: d.no, decisionDate: d.date, issuer: d.issuer, status: a.revoked ? "BI_HUY" : "HIEU_LUC" };
  };
  for (const [code, script] of SCRIPTS) {
    for (let y = FIRST; y < SAMPLE_YEAR; y++) {
      const r = script.ratings[year0(y)];
      if (r === X || r === T) given.push(scriptAward(code, { year: y, title: "LDTT" }));
    }
    for (const a of script.awards ?? []) given.push(scriptAward(code, a));
  }
  for (const a of UNIT_AWARDS) given.push(scriptAward(a.subject, a));

  const units: GenUnit[] = UNIT_PLANS.map((p) => ({ ...p.unit, headcount: p.posts.length + (p.unit.code === "TINH" ? 2 : 1) }));
  const scripted = new Set<string>(SCRIPTS.keys());
  const input = { units, people, ratings, initiatives, discipline, given, scripted };
  const { awards: simulated, facts } = simulateHistory(
    input,
    { firstYear: FIRST, year: SAMPLE_YEAR, issuers: ISSUERS, book, unitTitles: { BK_BO: false, CO_BO: false }, awardRate: 0.7 },
    rng.fork(5),
  );

  // Votes: every other CSTĐCS candidate passes; the hand-written ones; the Cờ thi đua for KV01 only.
  const vr = rng.fork(6);
  const votes: GenVote[] = simulateVotes(input, facts, { year: SAMPLE_YEAR, councilSize: COUNCIL_SIZE, coverage: 1, blankMembers: 0.5 }, vr);
  for (const [code, script] of SCRIPTS) {
    for (const v of script.votes ?? []) {
      votes.push({ year: SAMPLE_YEAR, subject: code, level: "CO_SO", ...v });
    }
  }
  votes.push({ ...voteRow(vr, SAMPLE_YEAR, "KV01", "CO_BO", COUNCIL_SIZE, 0.8, true, 0), votesFor: 10, present: 11, writtenAbsent: 0 });
  const order = new Map(people.map((p, i) => [p.code, i]));
  UNIT_PLANS.forEach((p, i) => order.set(p.unit.code, 1000 + i));
  const titleOrder = (t: Title): number => ["LDTT", "CSTDCS", "CSTD_BO", "CSTDTQ", "TTLDTT", "TTLDXS", "CO_BO", "CO_CP", "GIAY_KHEN", "BK_BO", "BK_TTG"].indexOf(t);
  votes.sort((a, b) => (order.get(a.subject) ?? 0) - (order.get(b.subject) ?? 0) || titleOrder(a.title) - titleOrder(b.title) || a.level.localeCompare(b.level));

  const awards = [...given, ...simulated]
    .map(spellAward)
    .sort((a, b) => a.year - b.year || (order.get(a.subject) ?? 0) - (order.get(b.subject) ?? 0) || titleOrder(a.title) - titleOrder(b.title));

  // Results 2024–2025 and scores 2025.
  const tr = rng.fork(7);
  const results: GenResult[] = [];
  for (const plan of UNIT_PLANS) {
    const s = STANDINGS[plan.unit.code];
    if (!s) continue;
    const r24 = resultRow(tr, { unit: plan.unit.code, year: 2024, cases: s.cases, money: s.money, rateViec: s.viec[0], rateTien: s.tien[0], targetCases: 0.84, targetMoney: 0.5, targetCarryOver: 0.05 });
    const r25 = resultRow(tr, {
      unit: plan.unit.code,
      year: 2025,
      cases: Math.round(s.cases * (0.95 + tr.next() * 0.1)),
      money: Math.round((s.money * (0.92 + tr.next() * 0.16)) / 1000) * 1000,
      rateViec: s.viec[1],
      rateTien: s.tien[1],
      targetCases: 0.845,
      targetMoney: 0.505,
      previousCarryOver: r24.carryOver,
      reduction: s.reduction,
      targetCarryOver: 0.05,
    });
    results.push(r24, r25);
  }
  results.sort((a, b) => a.year - b.year || (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
  const scores: GenScore[] = [];
  for (const plan of UNIT_PLANS) {
    const s = STANDINGS[plan.unit.code];
    const rows = scoreRows(tr, plan.unit.code, SAMPLE_YEAR, s ? s.score : VP_SCORE, DEFAULT_CRITERIA, s ? s.deduction : 0);
    scores.push(...rows.map((r) => (r.criterion === "TR01" && r.points > 0 ? { ...r, note: "Có khiếu nại đúng về việc chậm tổ chức thi hành án" } : r)));
  }

  const lead = people[0];
  // The council's secretary: the Văn phòng's officer in charge of emulation and commendation.
  const secretary = people.find((p) => p.unit === "VP" && p.position === "Chuyên viên thi đua - khen thưởng");
  if (!secretary) throw new Error("sample: the Văn phòng has no officer for emulation and commendation");
  return {
    settings: [
      ["Năm thi đua", SAMPLE_YEAR],
      ["Cơ quan chủ quản", "BỘ TƯ PHÁP"],
      ["Cơ quan", "THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG"],
      ["Viết tắt", "THADS"],
      ["Địa danh", "Vĩnh Long"],
      ["Người ký", lead.name],
      ["Chức vụ người ký", "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH"],
      ["Kính gửi", "Hội đồng Thi đua - Khen thưởng Bộ Tư pháp"],
      ["Nơi nhận", "Như trên;\nCục Quản lý thi hành án dân sự (để báo cáo);\nLãnh đạo Thi hành án dân sự tỉnh;\nLưu: VT, VP."],
      ["Bộ quy tắc", "ND152-2025"],
      ["Phong trào", "Phong trào thi đua “Đồng khởi mới” giai đoạn 2021 - 2025, tầm nhìn đến năm 2030"],
      ["Kế hoạch phát động", "Kế hoạch số 508/KH-CTHADS ngày 14/5/2021 của Cục Thi hành án dân sự tỉnh Bến Tre"],
      ["Số thành viên Hội đồng", COUNCIL_SIZE],
      ["Biên bản họp Hội đồng số", "02/BB-HĐTĐKT"],
      ["Ngày họp Hội đồng", "09/01/2026"],
      ["Thư ký Hội đồng", secretary.name],
      ["Số tờ trình", "15/TTr-THADS"],
      ["Ngày tờ trình", "12/01/2026"],
    ],
    units,
    people,
    ratings: ratings.sort((a, b) => a.year - b.year || (order.get(a.subject) ?? 0) - (order.get(b.subject) ?? 0)),
    initiatives,
    discipline,
    awards,
    results,
    criteria: DEFAULT_CRITERIA,
    scores,
    votes,
    achievements: ACHIEVEMENTS,
  };
}

/** The spellings a clerk uses for titles issued by the Ministry or the province. */
function spellAward(a: GenAward): GenAward {
  const byMinistry = a.issuer === MINISTRY.name;
  switch (a.title) {
    case "BK_BO":
      return { ...a, titleText: byMinistry ? "Bằng khen của Bộ trưởng Bộ Tư pháp" : "Bằng khen của Chủ tịch UBND tỉnh" };
    case "CO_BO":
      return { ...a, titleText: "Cờ thi đua của Bộ Tư pháp" };
    case "CSTD_BO":
      return { ...a, titleText: "Chiến sĩ thi đua ngành Tư pháp" };
    default:
      return a;
  }
}

const ACHIEVEMENTS: ReadonlyArray<GenAchievement> = [
  {
    date: isoDate(2025, 3, 18),
    subject: "KV03",
    content: "Tổ chức cưỡng chế thành công vụ tranh chấp quyền sử dụng 2.500 m² đất tại xã Long Thới, bảo đảm an toàn tuyệt đối",
    kind: "DOT_XUAT",
    proposedForm: "GIAY_KHEN",
    evidence: "Báo cáo số 45/BC-THADS ngày 20/3/2025",
  },
  {
    date: isoDate(2025, 6, 12),
    subject: cb(45),
    content: "Dũng cảm cứu người bị đuối nước trên sông Hàm Luông khi đang đi xác minh điều kiện thi hành án",
    kind: "DOT_XUAT",
    proposedForm: "GIAY_KHEN",
    evidence: "Xác nhận của Ủy ban nhân dân xã",
  },
  {
    date: isoDate(2025, 8, 6),
    subject: cb(130),
    content: "Phát hiện, ngăn chặn kịp thời hành vi tẩu tán tài sản thi hành án trị giá 3,2 tỷ đồng",
    kind: "DOT_XUAT",
    proposedForm: "BK_BO",
    proposedText: "Bằng khen của Chủ tịch UBND tỉnh",
    evidence: "Báo cáo số 112/BC-THADS ngày 12/8/2025",
  },
  {
    date: isoDate(2025, 9, 30),
    subject: cb(90),
    content: "Hoàn thành số hóa 100 % hồ sơ thi hành án của đơn vị trước thời hạn",
    kind: "THUONG_XUYEN",
  },
  {
    date: isoDate(2025, 11, 20),
    subject: "KV05",
    content: "Dẫn đầu đợt cao điểm thi hành án dân sự năm 2025 trong Khối thi đua số 2",
    kind: "CHUYEN_DE",
    proposedForm: "GIAY_KHEN",
    evidence: "Kết quả đợt cao điểm, Báo cáo số 150/BC-THADS",
  },
];

/** How the sample looks in Excel: banner rows on a few sheets, discipline dates typed as text. */
export const SAMPLE_LAYOUT: WorkbookLayout = {
  people: { banner: ["DANH SÁCH CÔNG CHỨC, NGƯỜI LAO ĐỘNG THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG", "(Cập nhật đến ngày 31/12/2025)"] },
  awards: { banner: ["SỔ THEO DÕI KHEN THƯỞNG GIAI ĐOẠN 2021 - 2025"] },
  results: { banner: ["KẾT QUẢ THI HÀNH ÁN DÂN SỰ NĂM 2024 - 2025", "(Đơn vị tính tiền: nghìn đồng)"] },
  discipline: { textDates: true },
};

export function buildSample(): GeneratedWorkbook {
  return toGrids(buildSampleData(), SAMPLE_LAYOUT);
}
