/**
 * Data are printed as literal text. The filler (package/fill.ts) never reads the values it inserts as template
 * text, so a value that looks like a placeholder (`{{x}}`) stays as typed; `xmlText` escapes `& < >` and drops the
 * characters XML 1.0 forbids (control characters pasted from other programs).
 *
 * `literal` / `restoreLiterals` write braces as private-use stand-ins and put them back: the docx patcher applied
 * one placeholder after another and needed them. The preflight still refuses a template holding the stand-ins
 * (`hasStandIns`), which no Word document has.
 */

const OPEN = "\uE000";
const CLOSE = "\uE001";
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text without the characters XML 1.0 forbids. */
export function withoutInvalidXml(text: string): string {
  return text.replace(XML_INVALID, "");
}

/** Data text → XML character data: invalid characters dropped, `& < >` escaped. */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return withoutInvalidXml(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Data text → text with stand-ins for braces (and invalid characters dropped). */
export function literal(text: string): string {
  return withoutInvalidXml(text).replace(/\{/g, OPEN).replace(/\}/g, CLOSE);
}

/** Puts the braces back. */
export function restoreLiterals(xml: string): string {
  return xml.includes(OPEN) || xml.includes(CLOSE) ? xml.replace(/\uE000/g, "{").replace(/\uE001/g, "}") : xml;
}

/** Whether a text holds the stand-ins (a template must not). */
export function hasStandIns(text: string): boolean {
  return text.includes(OPEN) || text.includes(CLOSE);
}
