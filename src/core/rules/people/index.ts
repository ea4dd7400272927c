/**
 * Decisions for every person × title (LDTT, CSTDCS, CSTD_BO, BK_BO, BK_TTG, and CSTDTQ as an extra), people
 * sorted by code, decisions by title code. Order of evaluation follows "How titles are counted": Y's own lower
 * decisions feed the higher ones (LDTT → CSTDCS → R3 quota → CSTD_BO → CSTDTQ; CSTDCS → BK_BO, BK_TTG).
 */
import type { Person, TrackingData } from "../../model";
import type { Title } from "../../schema/enums";
import type { RuleContext } from "../context";
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
  return [...data.people]
    .filter((p) => p.code.trim() !== "")
    .sort((a, b) => compareText(codeKey(a.code), codeKey(b.code)) || compareText(a.code, b.code) || compareText(a.name, b.name) || compareText(a.unit, b.unit));
}

export function decidePeople(data: TrackingData, ctx: RuleContext, facts: Facts = buildFacts(data)): PersonResult[] {
  const people = sortedPeople(data).map((person) => personCtx(facts, ctx, person));

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
  const quota = applyQuota(ctx, candidates, ldttCount);
  const cstdcs = people.map((p, i) => {
    const extra = quota.get(String(i));
    return extra ? decideCstdcs(p, drafts[i], extra) : preliminary[i];
  });

  const cstdBo = people.map((p, i) => decideCstdBo(p, cstdcs[i]));
  const cstdtq = people.map((p, i) => decideCstdtq(p, cstdBo[i].decision));
  const bkBo = people.map((p, i) => {
    const reserved = reservedBy([
      cstdBo[i].decision.status === "eligible" || cstdBo[i].decision.status === "pending" ? cstdBo[i].initiative : null,
      cstdtq[i].decision.status === "eligible" || cstdtq[i].decision.status === "pending" ? cstdtq[i].initiative : null,
    ]);
    return decideBkBo(p, cstdcs[i], reserved);
  });
  const bkTtg = people.map((p, i) => decideBkTtg(p, cstdcs[i]));

  return people.map((p: PersonCtx, i) => {
    const decisions: Decision[] = [ldtt[i], cstdcs[i], cstdBo[i].decision, cstdtq[i].decision, bkBo[i], bkTtg[i]];
    decisions.sort((a, b) => compareTitles(a.title, b.title));
    return { code: p.person.code, name: p.person.name, unit: p.person.unit, decisions };
  });
}
