/** What the dossier summary says about an empty dossier (pure, so it is tested without rendering). */
import type { ProposalSet } from "../../core/proposals";
import type { Manifest } from "../../docs";

/**
 * The catalogue key of the sentence for a dossier with no files, or null when it has files. With "approved proposals
 * only", proposals left out for lack of approval mean that nothing has been approved yet, not that nobody qualifies
 * (the CLI's `generate --approved-only` draws the same line).
 */
export function emptyDossierKey(set: Pick<ProposalSet, "notApproved">, manifest: Pick<Manifest, "files">): string | null {
  if (manifest.files.length > 0) return null;
  return set.notApproved > 0 ? "taskpane.generate.nothingApproved" : "docs.generate.nothing";
}
