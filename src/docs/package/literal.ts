/**
 * Data are printed as literal text. docx's patcher applies one placeholder after another, so a value that
 * looks like a placeholder (`{{x}}`) would be expanded by a later patch; braces in data are therefore written as
 * private-use stand-ins while patching and put back afterwards (`restoreLiterals`). Characters XML 1.0 forbids
 * (control characters pasted from other programs) are dropped; `& < >` are escaped by the XML writer.
 */

const OPEN = "\uE000";
const CLOSE = "\uE001";
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Data text → text safe to patch in (braces stand in, invalid characters dropped). */
export function literal(text: string): string {
  return text.replace(XML_INVALID, "").replace(/\{/g, OPEN).replace(/\}/g, CLOSE);
}

/** Puts the braces of the data back in a patched XML part. */
export function restoreLiterals(xml: string): string {
  return xml.includes(OPEN) || xml.includes(CLOSE) ? xml.replace(/\uE000/g, "{").replace(/\uE001/g, "}") : xml;
}

/** Whether a text holds the stand-ins (a template must not: they would turn into braces). */
export function hasStandIns(text: string): boolean {
  return text.includes(OPEN) || text.includes(CLOSE);
}
