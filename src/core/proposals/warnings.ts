/**
 * C3: documents a proposal needs that the data lack (decision number of an HTXSNV rating, an initiative's
 * recognition decision, the council minutes). Warnings only — they never change a status.
 */
import type { Msg } from "../issues";
import type { Decision } from "../rules/types";
import type { Title } from "../schema/enums";
import type { AgencyInfo, Proposal, ProposalWarning, SubjectInfo } from "./types";

const NEEDS_MINUTES: ReadonlyArray<Title> = ["CSTD_BO", "CSTDTQ", "CO_BO", "CO_CP"];

function msg(key: string, params: Record<string, string | number>): Msg {
  return { key, params };
}

export function proposalWarnings(
  proposals: ReadonlyArray<Proposal>,
  subjects: Readonly<Record<string, SubjectInfo>>,
  decisionsOf: (subject: string) => ReadonlyArray<Decision>,
  agency: AgencyInfo,
  year: number,
): ProposalWarning[] {
  const out: ProposalWarning[] = [];
  const seen = new Set<string>();
  const add = (subject: string | null, title: Title | null, message: Msg) => {
    const key = `${subject}|${message.key}|${JSON.stringify(message.params ?? {})}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ subject, title, message });
  };
  for (const p of proposals) {
    const name = subjects[p.subject]?.name ?? p.subject;
    const base = { subject: p.subject, name };
    const g = p.grounds;
    if (p.title === "CSTDCS") {
      // Needs the initiative certificate or the HTXSNV confirmation (either is enough).
      const htxsnv = g.ratings.find((r) => r.year === year && r.rating === "HTXSNV");
      const initiativeOk = g.initiatives.some((i) => i.year === year && i.decisionNo !== "");
      const htxsnvOk = htxsnv !== undefined && htxsnv.decisionNo !== "";
      if (!initiativeOk && !htxsnvOk) {
        if (htxsnv) add(p.subject, p.title, msg("docs.warn.htxsnvDecision", { ...base, year }));
        else add(p.subject, p.title, msg("docs.warn.cstdcsEvidence", { ...base, year }));
      }
    } else if (p.scope === "upward") {
      for (const r of g.ratings) {
        if (r.rating === "HTXSNV" && r.decisionNo === "") add(p.subject, p.title, msg("docs.warn.htxsnvDecision", { ...base, year: r.year }));
      }
      for (const i of g.initiatives) {
        if (i.decisionNo === "") add(p.subject, p.title, msg("docs.warn.initiativeDecision", { ...base, initiative: i.code }));
      }
    }
    for (const d of decisionsOf(p.subject)) {
      if (d.title !== p.title) continue;
      for (const r of d.reasons) for (const w of r.warnings ?? []) add(p.subject, p.title, w);
    }
  }
  const needing = proposals.filter((p) => NEEDS_MINUTES.includes(p.title)).length;
  if (needing > 0 && agency.minutesNo === "") add(null, null, msg("docs.warn.minutes", { count: needing }));
  return out;
}
