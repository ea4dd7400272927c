/**
 * DOMAIN warnings: a recorded fact that the rest of the data contradicts (workbook.md). The set, each with its
 * legal source in the hint:
 * - a person's title recorded for a unit or a unit's title for a person (awards, votes, proposed forms);
 * - a yearly emulation title (LĐTT, CSTĐCS, CSTĐ cấp Bộ, CSTĐ toàn quốc, TTLĐTT, TTLĐXS) recorded as Đột xuất
 *   or Chuyên đề (it would not count towards later titles, R11);
 * - LĐTT recorded for a year rated HTNV/KHTNV (R1);
 * - CSTĐCS recorded for a year rated below HTTNV (R2 needs LĐTT), or rated HTTNV with no initiative of the
 *   person recognised that year (R2 needs HTXSNV or an initiative; only when `Sáng kiến` exists);
 * - CSTĐ cấp Bộ / toàn quốc recorded while a year of the CSTĐCS window (Y−2…Y by default) is rated below HTTNV (R4);
 * - TTLĐTT for a unit rated below HTTNV (R14); TTLĐXS for a unit not rated HTXSNV (R15).
 * Only awards in force (Hiệu lực) are checked; revoked ones count nowhere (R12). A missing rating is not a
 * contradiction (the rules report it as missing data).
 */
import type { Issue } from "../issues";
import type { Award, Source } from "../model";
import { resolveContext } from "../rules/context";
import { AWARD_KIND_DOMAIN, ratingRank, TITLE_DOMAIN, type Title } from "../schema/enums";
import type { SheetId } from "../schema/sheets";
import { cellIssue, codeKey, sheetName, type ValidationContext } from "./context";
import { ratingFor, ratingsBySubjectYear, subjectKind, titleFor, type RatingFact, type RatingsBySubjectYear } from "./subjects";

const YEARLY_TITLES: ReadonlySet<Title> = new Set<Title>(["LDTT", "CSTDCS", "CSTD_BO", "CSTDTQ", "TTLDTT", "TTLDXS"]);
const HTTNV_RANK = ratingRank("HTTNV");

export function checkDomain(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  const issues: Issue[] = [];
  const ratings = ratingsBySubjectYear(ctx);
  const ratingsSheet = sheetName(data, "ratings");
  const window = cstdBoWindow(ctx);
  const authored = new Set<string>();
  for (let iI = 0; iI < data.initiatives.length; iI++) {
    const i = data.initiatives[iI];
    if (i.year === null) continue;
    for (const a of i.authors) authored.add(`${codeKey(a)}|${i.year}`);
  }
  const hasInitiatives = data.sheets.initiatives !== undefined && data.sheets.initiatives.columns.authors !== undefined;

  const warn = (sheet: SheetId, src: Source, field: string, key: string, params: Record<string, string | number>, hintParams: Record<string, string | number> = params): void => {
    issues.push(
      cellIssue(data, {
        code: "DOMAIN",
        sheet,
        src,
        field,
        message: { key: `issues.DOMAIN.${key}`, params },
        hint: { key: `hints.DOMAIN.${key}`, params: hintParams },
      }),
    );
  };

  const kindMismatch = (sheet: SheetId, src: Source, field: string, subject: string, title: Title | null): boolean => {
    if (title === null || subject === "") return false;
    const wanted = titleFor(title);
    if (wanted === null) return false;
    const actual = subjectKind(ctx, subject);
    if (actual === null || wanted === actual) return false;
    warn(sheet, src, field, wanted === "person" ? "personTitleForUnit" : "unitTitleForPerson", { title: TITLE_DOMAIN.labels[title], subject });
    return true;
  };

  for (let iA = 0; iA < data.awards.length; iA++) {
    const a = data.awards[iA];
    if (a.status !== "HIEU_LUC" || a.title === null) continue;
    if (kindMismatch("awards", a.src, "title", a.subject, a.title)) continue;
    if (YEARLY_TITLES.has(a.title) && a.kind !== "CONG_TRANG") {
      warn("awards", a.src, a.src.cells.kind ? "kind" : "title", "yearlyTitleKind", { title: TITLE_DOMAIN.labels[a.title], kind: AWARD_KIND_DOMAIN.labels[a.kind] });
    }
    if (a.year === null || a.subject === "") continue;
    const year = a.year;
    const key = codeKey(a.subject);
    switch (a.title) {
      case "LDTT":
      case "CSTDCS":
      case "TTLDTT": {
        const rating = ratingFor(ratings, key, year);
        if (rating && ratingRank(rating.rating) < HTTNV_RANK) warn("awards", a.src, "title", `${a.title.toLowerCase()}Rating`, ratingParams(a, rating, year, ratingsSheet));
        else if (a.title === "CSTDCS" && rating?.rating === "HTTNV" && hasInitiatives && !authored.has(`${key}|${year}`)) {
          warn("awards", a.src, "title", "cstdcsBasis", ratingParams(a, rating, year, ratingsSheet));
        }
        break;
      }
      case "TTLDXS": {
        const rating = ratingFor(ratings, key, year);
        if (rating && rating.rating !== "HTXSNV") warn("awards", a.src, "title", "ttldxsRating", ratingParams(a, rating, year, ratingsSheet));
        break;
      }
      case "CSTD_BO":
      case "CSTDTQ":
        checkWindow(a, key, window, ratings, (r, y) => warn("awards", a.src, "title", "cstdBoRating", { ...ratingParams(a, r, y, ratingsSheet), years: window }));
        break;
      default:
        break;
    }
  }

  for (let iV = 0; iV < data.votes.length; iV++) {
    const v = data.votes[iV];
    kindMismatch("votes", v.src, "title", v.subject, v.title);
  }
  for (let iX = 0; iX < data.achievements.length; iX++) {
    const x = data.achievements[iX];
    kindMismatch("achievements", x.src, "proposedForm", x.subject, x.proposedForm);
  }
  return issues;
}

/** The message parameters of a rating that contradicts an award. */
function ratingParams(a: Award, r: RatingFact, year: number, ratingsSheet: string): Record<string, string | number> {
  return {
    title: TITLE_DOMAIN.labels[a.title as Title],
    subject: a.subject,
    year: a.year ?? "",
    ratingYear: year,
    rating: r.rating,
    ratingCell: `${ratingsSheet}!${r.src.cells.rating ?? ""}`,
  };
}

/** The first year of the window Y−n+1…Y rated below HTTNV, if any. */
function checkWindow(a: Award, key: string, years: number, ratings: RatingsBySubjectYear, report: (r: RatingFact, year: number) => void): void {
  if (a.year === null) return;
  for (let y = a.year - years + 1; y <= a.year; y++) {
    const r = ratingFor(ratings, key, y);
    if (r && ratingRank(r.rating) < HTTNV_RANK) {
      report(r, y);
      return;
    }
  }
}

/** Years of consecutive CSTĐCS needed for CSTĐ cấp Bộ (parameter cstdBoYears of the rule set in force; 3). */
function cstdBoWindow(ctx: ValidationContext): number {
  const { ctx: rc } = resolveContext(ctx.data);
  const v = rc?.params.cstdBoYears;
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 10 ? v : 3;
}
