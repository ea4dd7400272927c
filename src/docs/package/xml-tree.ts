/**
 * The elements of an XML part with their places in the source text, so that a filler can copy the template's XML
 * unchanged and splice values in at known offsets. Only element structure is kept (names, offsets, parent,
 * children); text, comments, processing instructions and CDATA stay where they are in the source.
 *
 * The parts are WordprocessingML written by Word, LibreOffice or docx: well-formed XML. A malformed part throws.
 * Works anywhere (no DOM, no Node).
 */

export interface XmlElement {
  /** Qualified name ("w:p"); "" for the root that holds the whole text. */
  readonly name: string;
  /** Offset of "<" of the start tag. */
  readonly start: number;
  /** Offset just after the ">" of the start tag. */
  readonly openEnd: number;
  /** Offset of "<" of the end tag (= openEnd for an empty element `<x/>`). */
  closeStart: number;
  /** Offset just after the end tag. */
  end: number;
  readonly parent: XmlElement | null;
  readonly children: XmlElement[];
}

/** One markup construct from "<": a tag (groups: "/", name, "/") or a comment, CDATA, declaration or instruction. */
const MARKUP = /<(?:(\/?)([^\s/>!?]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|\?[\s\S]*?\?>|![^>]*>)/y;

export class MalformedXmlError extends Error {
  constructor(at: number) {
    super(`malformed XML at offset ${at}`);
    this.name = "MalformedXmlError";
  }
}

/** The element tree of an XML text, under a root element "" spanning the whole text. */
export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: "", start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, parent: null, children: [] };
  let open = root;
  for (let lt = xml.indexOf("<"); lt >= 0; lt = xml.indexOf("<", MARKUP.lastIndex)) {
    MARKUP.lastIndex = lt;
    const m = MARKUP.exec(xml);
    if (m === null) throw new MalformedXmlError(lt);
    const name = m[2];
    if (name === undefined) continue;
    const end = MARKUP.lastIndex;
    if (m[1] === "/") {
      if (open.name !== name) throw new MalformedXmlError(lt);
      open.closeStart = lt;
      open.end = end;
      open = open.parent!;
    } else {
      const el: XmlElement = { name, start: lt, openEnd: end, closeStart: end, end, parent: open, children: [] };
      open.children.push(el);
      if (m[3] !== "/") open = el;
    }
  }
  if (open !== root) throw new MalformedXmlError(xml.length);
  return root;
}

/** Every element under `el` (not `el` itself), in document order; `skip` prunes a subtree (its root included). */
export function descendants(el: XmlElement, skip?: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (skip?.(c)) continue;
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The nearest ancestor named `name` (not `el` itself), or null, stopping before `stop`. */
export function ancestorNamed(el: XmlElement, name: string, stop: XmlElement | null = null): XmlElement | null {
  for (let a = el.parent; a !== null && a !== stop; a = a.parent) if (a.name === name) return a;
  return null;
}

/** Whether `el` lies inside `ancestor` (strictly). */
export function isInside(el: XmlElement, ancestor: XmlElement): boolean {
  for (let a = el.parent; a !== null; a = a.parent) if (a === ancestor) return true;
  return false;
}

/** The first child named `name`. */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
