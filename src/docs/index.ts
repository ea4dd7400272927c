/**
 * Proposal documents (.docx) from Word-editable templates, in the national administrative format.
 * Node and browser alike: bytes in, bytes out (no file system here).
 */
export { DOCUMENT_KINDS, templateFileName, isDocumentKind, type DocumentKind } from "./kinds";
export { PLACEHOLDERS, requiredPlaceholders, type PlaceholderSpec } from "./placeholders";
export {
  generateDossier,
  planDossier,
  preflightTemplates,
  manifestJson,
  safeName,
  type Dossier,
  type DossierFile,
  type Manifest,
  type ManifestFile,
  type TemplateSet,
  type TemplateSource,
} from "./generate";
export { preflightTemplate, placeholdersIn, type PreflightResult } from "./preflight";
export { dossierZip, dossierZipBlob, defaultTemplateSet, generateDossierZip } from "./zip";
export { buildDefaultTemplate, TEMPLATE_BUILDERS } from "./templates";
export * from "./errors";
