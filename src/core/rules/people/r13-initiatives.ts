/**
 * R13: one initiative backs at most one title and one form of commendation per use. Reusing an initiative
 * already used (`Sáng kiến sử dụng` in `Khen thưởng`) for a title to support a form of commendation, or the
 * reverse, is an error: such an initiative is not counted. Reuse title → title is allowed with a warning.
 * A form (BK_BO) also cannot count an initiative that this run's title decisions already rely on.
 */
import type { Award, Initiative } from "../../model";
import type { Msg } from "../../issues";
import type { Title } from "../../schema/enums";
import type { CellKey } from "../cell-keys";
import { codeKey, makeCheck, TITLE_KIND, type Check } from "../facts";
import { SOURCES } from "../sources";
import type { PersonCtx } from "./person";

export interface Blocked {
  readonly initiative: Initiative;
  /** The recorded use that blocks it, or null when it is this run's own title decision. */
  readonly use: Award | null;
}

export interface InitiativeFilter {
  readonly usable: Initiative[];
  readonly blocked: Blocked[];
}

const CODE = ["code"];
const USE = ["initiativesUsed", "title"];

/** Recorded uses of an initiative other than this very title and year for this person (a re-run). */
function usesOf(p: PersonCtx, i: Initiative, deciding: Title): Award[] {
  const uses = p.facts.initiativeUses.get(codeKey(i.code));
  if (!uses) return [];
  return uses.filter((a) => !(a.title === deciding && a.year === p.ctx.year && codeKey(a.subject) === p.key));
}

const NOTHING_RESERVED: ReadonlySet<string> = new Set();

/** Splits candidates into usable and blocked for a decision on `deciding` (a title or a form). */
export function filterInitiatives(p: PersonCtx, candidates: ReadonlyArray<Initiative>, deciding: Title, reserved: ReadonlySet<string> = NOTHING_RESERVED): InitiativeFilter {
  const purpose = TITLE_KIND[deciding];
  const usable: Initiative[] = [];
  const blocked: Blocked[] = [];
  for (const i of candidates) {
    const uses = usesOf(p, i, deciding);
    const blocking = purpose === "title" ? uses.find((a) => a.title !== null && TITLE_KIND[a.title] === "form") : uses[0];
    if (blocking) blocked.push({ initiative: i, use: blocking });
    else if (purpose === "form" && reserved.has(codeKey(i.code))) blocked.push({ initiative: i, use: null });
    else usable.push(i);
  }
  return { usable, blocked };
}

/** Title → title reuse warnings for the initiatives a title decision relies on. */
export function reuseWarnings(p: PersonCtx, chosen: ReadonlyArray<Initiative>, deciding: Title): Msg[] {
  const out: Msg[] = [];
  for (const i of chosen) {
    for (const a of usesOf(p, i, deciding)) {
      if (a.title !== null && TITLE_KIND[a.title] === "title") out.push({ key: "rules.warn.R13.reuse", params: { code: i.code, title: a.title, year: a.year ?? "?" } });
    }
  }
  return out;
}

/**
 * The R13 reason of a decision that relies on initiatives, or null when it relies on none and none was
 * blocked. `blockedMattered`: the initiative requirement failed but the blocked ones would have satisfied it.
 */
export function checkReuse(p: PersonCtx, chosen: ReadonlyArray<Initiative>, filter: InitiativeFilter, deciding: Title, blockedMattered: boolean): Check | null {
  if (chosen.length === 0 && filter.blocked.length === 0) return null;
  const warnings = reuseWarnings(p, chosen, deciding);
  const cells: CellKey[] = [];
  for (const i of chosen) p.k.push(cells, i.src, CODE);
  for (const b of filter.blocked) {
    p.k.push(cells, b.initiative.src, CODE);
    if (b.use) p.k.push(cells, b.use.src, USE);
  }
  if (filter.blocked.length === 0) {
    return makeCheck(p.k, "R13", "pass", { key: "rules.R13.ok", params: { codes: chosen.map((i) => i.code).join(", ") } }, cells, SOURCES.R13, [], warnings);
  }
  const b = filter.blocked[0];
  const params = {
    codes: filter.blocked.map((x) => x.initiative.code).join(", "),
    title: b.use?.title ?? deciding,
    year: b.use?.year ?? p.ctx.year,
  };
  const key = b.use ? "rules.R13.blocked" : "rules.R13.blockedRun";
  return makeCheck(p.k, "R13", blockedMattered ? "fail" : "pass", { key, params }, cells, SOURCES.R13, [{ key: "rules.fix.R13", params }], warnings);
}
