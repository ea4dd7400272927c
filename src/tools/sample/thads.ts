/**
 * Enforcement results (Kết quả THADS) and scores (Chấm điểm) that reach given rates and totals exactly,
 * and the default 200-point criteria table.
 */
import type { GenCriterion, GenResult, GenScore } from "./model";
import type { Rng } from "./prng";

/** A 200-point criteria table of the usual shape (9 plus criteria, 1 deduction). */
export const DEFAULT_CRITERIA: ReadonlyArray<GenCriterion> = [
  { code: "TC01", content: "Kết quả thi hành án xong về việc so với chỉ tiêu được giao", maxPoints: 40, group: "I. Công tác thi hành án", kind: "CONG" },
  { code: "TC02", content: "Kết quả thi hành án xong về tiền so với chỉ tiêu được giao", maxPoints: 40, group: "I. Công tác thi hành án", kind: "CONG" },
  { code: "TC03", content: "Giảm số việc, số tiền chuyển kỳ sau; xử lý án tồn đọng, án có giá trị lớn", maxPoints: 20, group: "I. Công tác thi hành án", kind: "CONG" },
  { code: "TC04", content: "Giải quyết khiếu nại, tố cáo đúng hạn, đúng pháp luật", maxPoints: 15, group: "II. Khiếu nại, tố cáo", kind: "CONG" },
  { code: "TC05", content: "Công tác tổ chức cán bộ, kỷ luật, kỷ cương hành chính", maxPoints: 15, group: "III. Tổ chức cán bộ", kind: "CONG" },
  { code: "TC06", content: "Công tác văn phòng, tài chính, quản lý kho vật chứng", maxPoints: 15, group: "IV. Văn phòng - Tài chính", kind: "CONG" },
  { code: "TC07", content: "Thực hiện phong trào thi đua, công tác khen thưởng, nhân rộng điển hình", maxPoints: 20, group: "V. Thi đua - Khen thưởng", kind: "CONG" },
  { code: "TC08", content: "Ứng dụng công nghệ thông tin, chuyển đổi số, thống kê thi hành án", maxPoints: 15, group: "VI. Chuyển đổi số", kind: "CONG" },
  { code: "TC09", content: "Cải cách hành chính, phối hợp liên ngành, dân vận", maxPoints: 20, group: "VII. Cải cách hành chính", kind: "CONG" },
  { code: "TR01", content: "Điểm trừ: để xảy ra sai sót phải bồi thường, khiếu nại đúng, vi phạm bị xử lý", maxPoints: 10, group: "VIII. Điểm trừ", kind: "TRU" },
];

export interface ResultPlan {
  readonly unit: string;
  readonly year: number;
  /** Size of the caseload: việc phải thi hành. */
  readonly cases: number;
  /** Achieved rates (fractions). */
  readonly rateViec: number;
  readonly rateTien: number;
  readonly targetCases: number;
  readonly targetMoney: number;
  /** Money phải thi hành, thousand đồng. */
  readonly money: number;
  /** Carry-over of the previous year, when known: this year's carry-over is reduced by `reduction`. */
  readonly previousCarryOver?: number;
  readonly reduction?: number;
  readonly targetCarryOver?: number;
}

/** A results row whose rates are the planned ones (to 0.01 %), with xong ≤ có điều kiện ≤ phải thi hành. */
export function resultRow(rng: Rng, plan: ResultPlan): GenResult {
  let casesTotal = plan.cases;
  const casesAble = Math.round(casesTotal * (0.68 + rng.next() * 0.1));
  const casesDone = Math.min(casesAble, Math.round(casesAble * plan.rateViec));
  const moneyTotal = plan.money;
  const moneyAble = Math.round(moneyTotal * (0.38 + rng.next() * 0.2));
  const moneyDone = Math.min(moneyAble, Math.round(moneyAble * plan.rateTien));
  let carryOver: number | undefined;
  if (plan.previousCarryOver !== undefined && plan.reduction !== undefined) {
    carryOver = Math.round(plan.previousCarryOver * (1 - plan.reduction));
  } else if (plan.targetCarryOver !== undefined) {
    carryOver = casesTotal - casesDone - Math.round((casesAble - casesDone) * 0.1);
  }
  // The carry-over is what is left of the caseload: never more than phải thi hành − xong.
  if (carryOver !== undefined && carryOver > casesTotal - casesDone) casesTotal = casesDone + carryOver + Math.round(carryOver * 0.05);
  return {
    year: plan.year,
    unit: plan.unit,
    casesTotal,
    casesAble,
    casesDone,
    moneyTotal,
    moneyAble,
    moneyDone,
    targetCases: plan.targetCases,
    targetMoney: plan.targetMoney,
    ...(carryOver !== undefined ? { carryOver, targetCarryOver: plan.targetCarryOver ?? 0.05 } : {}),
  };
}

/**
 * Scores of one unit for one year whose total (plus points minus deductions) is exactly `total`
 * (a multiple of 0.5), each criterion within 0 … its maximum.
 */
export function scoreRows(rng: Rng, unit: string, year: number, total: number, criteria: ReadonlyArray<GenCriterion>, deduction = 0): GenScore[] {
  const plus = criteria.filter((c) => c.kind === "CONG");
  const minus = criteria.filter((c) => c.kind === "TRU");
  const maxPlus = plus.reduce((s, c) => s + c.maxPoints, 0);
  const d = minus.length ? Math.min(deduction, minus[0].maxPoints) : 0;
  const want = Math.min(maxPlus, total + d);
  const f = want / maxPlus;
  const points = plus.map((c) => Math.floor(c.maxPoints * f * 2) / 2);
  let rest = Math.round((want - points.reduce((s, p) => s + p, 0)) * 2) / 2;
  for (let guard = 0; rest > 0 && guard < 10_000; guard++) {
    const i = guard % plus.length;
    if (points[i] < plus[i].maxPoints) {
      points[i] += 0.5;
      rest -= 0.5;
    }
  }
  // Move a few half points between criteria so the rows do not look proportional.
  for (let k = 0; k < 6; k++) {
    const a = rng.int(0, plus.length - 1);
    const b = rng.int(0, plus.length - 1);
    const step = rng.pick([0.5, 1, 1.5, 2]);
    if (a !== b && points[a] - step >= 0 && points[b] + step <= plus[b].maxPoints) {
      points[a] -= step;
      points[b] += step;
    }
  }
  const rows: GenScore[] = plus.map((c, i) => ({ year, unit, criterion: c.code, points: points[i] }));
  for (const c of minus) rows.push({ year, unit, criterion: c.code, points: c === minus[0] ? d : 0 });
  return rows;
}
