/**
 * Decisions for every person × title (LDTT, CSTDCS, CSTD_BO, BK_BO, BK_TTG, and CSTDTQ as an extra), people
 * sorted by code, decisions by title code. Order of evaluation follows "How titles are counted": Y's own lower
 * decisions feed the higher ones (LDTT → CSTDCS → R3 quota → CSTD_BO → CSTDTQ; CSTDCS → BK_BO, BK_TTG).
 */
import type { Person, TrackingData } from "../../model";
import type { Title } from "../../schema/enums";
import { numOrNull, type RuleContext } from "../context";
import { buildFacts, codeKey, compareText, compareTitles, type Facts } from "../facts";
import type { Decision, PersonResult } from "../types";
import { personCtx, rating, type PersonCtx } from "./person";
import { decideLdtt } from "./r1-ldtt";
import { decideCstdcs, draftCstdcs, type CstdcsDraft } from "./r2-cstdcs";
import { applyQuota, type QuotaCandidate } from "./r3-quota";
import { decideCstdBo } from "./r4-cstd-bo";
import { decideCstdtq } from "./r5-cstdtq";
import { decideBkBo, reservedBy } from "./r6-bk-bo";
import { decideBkTtg } from "./r7-bk-ttg";

/** The titles every person gets a decision for (cli.md), plus CSTDTQ. */
export const PERSON_TITLES: ReadonlyArray<Title> = ["LDTT", "CSTDCS", "CSTD_BO", "BK_BO", "BK_TTG", "CSTDTQ"];

function sortedPeople(data: TrackingData): Person[] {
  // Each code's key worked out once (not at every comparison).
  const keyed = data.people.filter((p) => p.code.trim() !== "").map((p) => ({ p, key: codeKey(p.code) }));
  keyed.sort((a, b) => compareText(a.key, b.key) || compareText(a.p.code, b.p.code) || compareText(a.p.name, b.p.name) || compareText(a.p.unit, b.p.unit));
  return keyed.map((x) => x.p);
}

/** The titles after CSTDCS, for one person, and the person's result. */
function decideRest(p: PersonCtx, ldtt: Decision, cstdcs: Decision): PersonResult {
  const cstdBo = decideCstdBo(p, cstdcs);
  const cstdtq = decideCstdtq(p, cstdBo.decision);
  const reserved = reservedBy([
    cstdBo.decision.status === "eligible" || cstdBo.decision.status === "pending" ? cstdBo.initiative : null,
    cstdtq.decision.status === "eligible" || cstdtq.decision.status === "pending" ? cstdtq.initiative : null,
  ]);
  const bkBo = decideBkBo(p, cstdcs, reserved);
  const bkTtg = decideBkTtg(p, cstdcs);
  // By title code: BK_BO < BK_TTG < CSTDCS < CSTDTQ < CSTD_BO < LDTT (compareTitles; checked when the order is not that).
  const decisions: Decision[] = [bkBo, bkTtg, cstdcs, cstdtq.decision, cstdBo.decision, ldtt];
  if (!inTitleOrder(decisions)) decisions.sort((a, b) => compareTitles(a.title, b.title));
  return { code: p.person.code, name: p.person.name, unit: p.person.unit, decisions };
}

function inTitleOrder(decisions: ReadonlyArray<Decision>): boolean {
  for (let i = 1; i < decisions.length; i++) if (compareTitles(decisions[i - 1].title, decisions[i].title) > 0) return false;
  return true;
}

export function decidePeople(data: TrackingData, ctx: RuleContext, facts: Facts = buildFacts(data)): PersonResult[] {
  const sorted = sortedPeople(data);
  if (numOrNull(ctx, "cstdcsQuota") === null) {
    // No R3 quota: each person's decisions depend on that person only, decided one person at a time (what is
    // worked out for a person is garbage as soon as the person is done).
    return sorted.map((person) => {
      const p = personCtx(facts, ctx, person);
      const ldtt = decideLdtt(p);
      return decideRest(p, ldtt, decideCstdcs(p, draftCstdcs(p, ldtt)));
    });
  }
  const people = sorted.map((person) => personCtx(facts, ctx, person));

  const ldtt = people.map((p) => decideLdtt(p));
  const drafts: CstdcsDraft[] = people.map((p, i) => draftCstdcs(p, ldtt[i]));
  const preliminary = people.map((p, i) => decideCstdcs(p, drafts[i]));

  // R3: the quota counts eligible decisions across the agency.
  const ldttCount = ldtt.filter((d) => d.status === "eligible").length;
  const candidates: QuotaCandidate[] = [];
  people.forEach((p, i) => {
    if (preliminary[i].status !== "eligible") return;
    const vote = drafts[i].vote.vote;
    candidates.push({
      code: p.person.code,
      rating: rating(p, ctx.year).rating,
      share: vote?.share ?? null,
      tie: { code: p.person.code, female: p.person.gender === "NU", votes: vote?.votesFor ?? null, score: null },
      key: String(i),
      cells: [...(vote?.cells ?? []), ...rating(p, ctx.year).cells],
    });
  });
  const quota = applyQuota(facts.cells, ctx, candidates, ldttCount);
  return people.map((p, i) => {
    const extra = quota.get(String(i));
    const cstdcs = extra ? decideCstdcs(p, drafts[i], extra) : preliminary[i];
    return decideRest(p, ldtt[i], cstdcs);
  });
}
