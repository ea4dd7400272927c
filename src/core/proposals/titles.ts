/**
 * Which titles go where (cli.md `generate`), in which order the documents list them, and which rule-set
 * parameter holds each title's vote threshold (domain.md Settled details).
 */
import type { Title } from "../schema/enums";
import type { ParamValue } from "../rules/parameters";

/** Titles above the agency's own power: proposed in the Tờ trình and its Danh sách. */
export const UPWARD_TITLES: ReadonlyArray<Title> = ["CSTD_BO", "CSTDTQ", "TTLDXS", "CO_BO", "CO_CP", "BK_BO", "BK_TTG"];

/** The agency's own titles: decided by its head, after the council (Biên bản + second Danh sách). */
export const OWN_TITLES: ReadonlyArray<Title> = ["LDTT", "CSTDCS", "TTLDTT"];

/** Danh hiệu thi đua (emulation titles); every other code is a hình thức khen thưởng (form of commendation). */
export const EMULATION_TITLES: ReadonlyArray<Title> = ["LDTT", "CSTDCS", "CSTD_BO", "CSTDTQ", "TTLDTT", "TTLDXS", "CO_BO", "CO_CP"];

/** Highest level first: the order of the groups in a Danh sách and of the counts in a Tờ trình. */
export const TITLE_LEVEL_ORDER: ReadonlyArray<Title> = [
  "CO_CP",
  "CSTDTQ",
  "BK_TTG",
  "CO_BO",
  "CSTD_BO",
  "BK_BO",
  "TTLDXS",
  "CSTDCS",
  "TTLDTT",
  "LDTT",
  "GIAY_KHEN",
];

export function isUpward(title: Title): boolean {
  return UPWARD_TITLES.includes(title);
}

export function isOwn(title: Title): boolean {
  return OWN_TITLES.includes(title);
}

export function isEmulationTitle(title: Title): boolean {
  return EMULATION_TITLES.includes(title);
}

export function titleLevel(title: Title): number {
  return TITLE_LEVEL_ORDER.indexOf(title);
}

/** The parameter holding the vote threshold of a title (NĐ 98 Điều 30.7), or null when the title has none. */
export const VOTE_PARAMETER: Readonly<Partial<Record<Title, string>>> = {
  CSTDCS: "cstdcsVote",
  CSTD_BO: "cstdBoVote",
  CSTDTQ: "cstdtqVote",
  CO_BO: "coBoVote",
  CO_CP: "coCpVote",
};

/**
 * The threshold the agency's council applies to a title: `proposalThresholds` for titles proposed upwards
 * when it is set, otherwise the title's own threshold; null when the title has no vote threshold.
 */
export function voteThreshold(title: Title, parameters: Readonly<Record<string, unknown>>): number | null {
  const id = VOTE_PARAMETER[title];
  if (!id) return null;
  const proposal = parameters.proposalThresholds as ParamValue | undefined;
  if (isUpward(title) && typeof proposal === "number") return proposal;
  const v = parameters[id];
  return typeof v === "number" ? v : null;
}

/** How many years of ratings the grounds of a title show (its streak or window, R2–R7, R14–R19). */
export function groundsWindow(title: Title): number {
  switch (title) {
    case "CSTD_BO":
    case "CSTDTQ":
      return 3;
    case "BK_TTG":
      return 5;
    case "BK_BO":
    case "CO_BO":
    case "CO_CP":
      return 2;
    default:
      return 1;
  }
}
