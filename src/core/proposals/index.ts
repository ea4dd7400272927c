/** Public surface of the proposal set (pure): what the documents of the dossier are written from. */
export * from "./types";
export { buildProposalSet, defaultDocumentDate, agencyInfo, type ProposalInput } from "./build";
export { proposalKey, codeKey } from "./keys";
export { unitNameInYear, unitNameOf } from "./unit-names";
export { UPWARD_TITLES, OWN_TITLES, EMULATION_TITLES, TITLE_LEVEL_ORDER, isUpward, isOwn, isEmulationTitle, voteThreshold } from "./titles";
