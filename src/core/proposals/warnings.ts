/**
 * C3: documents a proposal needs that the data lack (decision number of an HTXSNV rating, an initiative's
 * recognition decision, the council minutes). Warnings only — they never change a status.
 */
import type { Msg } from "../issues";
import type { Decision } from "../rules/types";
import type { Title } from "../schema/enums";
import type { AgencyInfo, Proposal, ProposalWarning, SubjectInfo } from "./types";

const NEEDS_MINUTES: ReadonlyArray<Title> = ["CSTD_BO", "CSTDTQ", "CO_BO", "CO_CP"];

/** The same missing document named by the rules or by the checks here counts once. */
function factKey(subject: string | null, m: Msg): string {
  const p = m.params ?? {};
  if (m.key === "rules.warn.C3.ratingDecision" || m.key === "docs.warn.htxsnvDecision") return `rating|${subject}|${p.year}`;
  if (m.key === "rules.warn.C3.initiativeDecision") return `initiative|${subject}|${p.code}`;
  if (m.key === "docs.warn.initiativeDecision") return `initiative|${subject}|${p.initiative}`;
  return `${subject}|${m.key}|${JSON.stringify(p)}`;
}

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
    const key = factKey(subject, message);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ subject, title, message });
  };
  // The rules report some C3 documents in their reasons: those first, then the checks below for the rest.
  for (const p of proposals) {
    for (const d of decisionsOf(p.subject)) {
      if (d.title !== p.title) continue;
      for (const r of d.reasons) for (const w of r.warnings ?? []) add(p.subject, p.title, w);
    }
  }
  for (const p of proposals) {
    const base = { subject: p.subject, name: subjects[p.subject]?.name ?? p.subject };
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
  }
  const needing = proposals.filter((p) => NEEDS_MINUTES.includes(p.title)).length;
  if (needing > 0 && agency.minutesNo === "") add(null, null, msg("docs.warn.minutes", { count: needing }));
  return out;
}
