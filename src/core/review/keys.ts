/** Identity of a proposal: subject code (trimmed, upper-case; leading zeros kept) and title code. */
export type ProposalKey = string;

/** "CB001|CSTDCS" — the key `generate --approved-only` receives. */
export function proposalKey(subject: string, title: string): ProposalKey {
  return `${subject.trim().toUpperCase()}|${title.trim().toUpperCase()}`;
}

export function splitProposalKey(key: ProposalKey): { subject: string; title: string } {
  const i = key.lastIndexOf("|");
  return { subject: key.slice(0, i), title: key.slice(i + 1) };
}
