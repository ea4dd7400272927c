/** Entry of the browser bundle the browser test builds: the documents module, and nothing from Node. */
import { generateDossierZip } from "../../src/docs";
import type { ProposalSet } from "../../src/core/proposals/types";

(window as unknown as { thiduaDocs: unknown }).thiduaDocs = {
  async zip(set: ProposalSet): Promise<number[]> {
    return Array.from(await generateDossierZip(set));
  },
};
