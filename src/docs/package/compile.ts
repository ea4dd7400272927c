/**
 * Compiles one XML part of a template (word/document.xml, a header …) into a program: the template's own XML in
 * literal pieces, with the places values go. Compiled once, a program is filled in one pass over its pieces
 * (package/render.ts), so filling costs the size of the output — repeated rows included — not rows × document.
 *
 * What a part holds, and what becomes of it:
 * - A paragraph whose text, with its runs joined (Word splits `{{ho_ten}}` into runs when it is edited), holds
 *   `{{name}}` placeholders: each placeholder's text is cut out of the runs it spans, and the run where it starts
 *   is split there, so the value's runs go in between in that run's properties (the style of the placeholder's
 *   first character). Text in the runs around it, bookmarks, proofing marks stay. A paragraph holding a block
 *   placeholder is replaced by the block's paragraphs when filled.
 * - `{{group.field}}` placeholders in a table row: the rows holding a group's fields, next to each other, are
 *   repeated together once per item; inside them `{{group.inner.field}}` rows repeat per item of the inner
 *   group. Copies after the first lose what must be unique (bookmarks, w14 paragraph ids, content-control ids)
 *   and get new drawing ids. A table left with no row at all is left out.
 * The names of placeholders are read from the template; which values they take is decided when filling.
 */
import { decodeXmlText } from "./read-text";
import { ancestorNamed, childNamed, descendants, isInside, parseXmlTree, type XmlElement } from "./xml-tree";

/** A step of a program. */
export type Op =
  /** Template XML, as it is. */
  | string
  /**
   * The runs of a text value. `runProperties` is the `<w:rPr>` of the run the placeholder starts in (or ""); null
   * when the placeholder is not in a run, and the value goes in as bare text.
   */
  | { readonly kind: "value"; readonly name: string; readonly runProperties: string | null }
  /**
   * A paragraph holding placeholders: `body` fills them in place; if one of `names` takes a block, the block's
   * paragraphs replace the paragraph instead (an empty `<w:p/>` when the block is empty and a table cell would
   * otherwise end without a paragraph).
   */
  | { readonly kind: "paragraph"; readonly names: ReadonlyArray<string>; readonly body: Program; readonly lastInCell: boolean }
  /** Rows repeated once per item of the group `path` ("nhom", "nhom.dong"): `first` for the first, `copy` after. */
  | { readonly kind: "rows"; readonly path: string; readonly first: Program; readonly copy: Program }
  /** A table all of whose rows repeat: written only when filling leaves it a row. */
  | { readonly kind: "table"; readonly body: Program }
  /** A new drawing id (in copies of repeated rows). */
  | { readonly kind: "drawingId" };

export type Program = ReadonlyArray<Op>;

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Marks, in copies of repeated rows, where a drawing's id was: a character XML forbids, so never in a template. */
const DRAWING_ID = "\u0001";

interface TextElement {
  readonly el: XmlElement;
  readonly text: string;
  /** Offset of this element's text in the paragraph's text. */
  readonly from: number;
}

interface Placeholder {
  readonly name: string;
  readonly paragraph: XmlElement;
  /** Index of the text element the placeholder starts in, and offset of "{{" in it. */
  readonly startT: number;
  readonly startAt: number;
  /** Index of the text element the placeholder ends in, and offset just after "}}" in it. */
  readonly endT: number;
  readonly endAt: number;
}

interface ParagraphInfo {
  readonly el: XmlElement;
  readonly texts: ReadonlyArray<TextElement>;
  readonly placeholders: Placeholder[];
}

/** A part of the text being compiled that turns into one op: [start, end) of the source. */
interface Region {
  readonly start: number;
  readonly end: number;
  readonly op: (inner: ReadonlyArray<Region>) => Op;
}

/** Compiles a whole part (top level: no group open). */
export function compilePart(xml: string): Program {
  return compileFragment(xml, "");
}

/** The group path of a name's fields at a level: at "" `nhom.dong.ten` → "nhom"; at "nhom." → "dong". */
function groupKeyAt(name: string, prefix: string): string | null {
  if (!name.startsWith(prefix)) return null;
  const rest = name.slice(prefix.length);
  const dot = rest.indexOf(".");
  return dot > 0 ? rest.slice(0, dot) : null;
}

/**
 * Compiles a piece of XML in which the groups of `prefix` ("" at the top, "nhom." inside the rows of `nhom`) are
 * open: fields with more dots after the prefix open inner groups.
 */
function compileFragment(xml: string, prefix: string): Program {
  if (!xml.includes("{")) return splitDrawingIds(xml);
  const root = parseXmlTree(xml);
  const paragraphs = paragraphsWithPlaceholders(xml, root);
  const regions: Region[] = [];

  // Repeated rows: for each group (in the order first met), the innermost rows holding its fields.
  const rowsOf = new Map<string, Set<XmlElement>>();
  for (const p of paragraphs) {
    for (const ph of p.placeholders) {
      const key = groupKeyAt(ph.name, prefix);
      if (key === null) continue;
      const row = ancestorNamed(p.el, "w:tr");
      if (!row) continue; // a field outside a table row stays unfilled (the preflight names it)
      if (!rowsOf.has(key)) rowsOf.set(key, new Set());
      rowsOf.get(key)!.add(row);
    }
  }
  const claimed: XmlElement[] = [];
  const groups: Array<{ key: string; rows: XmlElement[] }> = [];
  for (const [key, set] of rowsOf) {
    const rows = [...set].filter((r) => ![...set].some((o) => o !== r && isInside(r, o)));
    // A row another group repeats already stays with that group (its fields of this group go unfilled).
    const free = rows.filter((r) => !claimed.some((c) => c === r || isInside(r, c) || isInside(c, r)));
    claimed.push(...free);
    for (const run of adjacentRuns(free)) groups.push({ key, rows: run });
  }
  const inGroup = (el: XmlElement) => groups.some((g) => g.rows.some((r) => r === el || isInside(el, r)));

  for (const g of groups) {
    const start = g.rows[0].start;
    const end = g.rows[g.rows.length - 1].end;
    const body = xml.slice(start, end);
    const inner = `${prefix}${g.key}.`;
    const path = `${prefix}${g.key}`;
    regions.push({
      start,
      end,
      op: () => ({ kind: "rows", path, first: compileFragment(body, inner), copy: compileFragment(withoutIds(body), inner) }),
    });
  }
  // Tables whose every row repeats: left out when filling leaves them no row.
  const tables = new Set(groups.map((g) => ancestorNamed(g.rows[0], "w:tbl")).filter((t): t is XmlElement => t !== null));
  for (const table of tables) {
    const rows = descendants(table, (e) => e.name === "w:tbl").filter((e) => e.name === "w:tr");
    if (rows.every((r) => inGroup(r))) {
      regions.push({ start: table.start, end: table.end, op: (inner) => ({ kind: "table", body: emit(xml, table.start, table.end, inner) }) });
    }
  }
  for (const p of paragraphs) {
    if (inGroup(p.el)) continue;
    regions.push({ start: p.el.start, end: p.el.end, op: (inner) => paragraphOp(xml, p, inner) });
  }
  return emit(xml, 0, xml.length, regions);
}

/** The regions not inside another, each with the regions inside it. */
function outermost(regions: ReadonlyArray<Region>): Array<{ region: Region; inner: Region[] }> {
  const sorted = [...regions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<{ region: Region; inner: Region[] }> = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].start < sorted[i].end) j++;
    out.push({ region: sorted[i], inner: sorted.slice(i + 1, j) });
    i = j;
  }
  return out;
}

/** The ops of [from, to): literal pieces between the outermost regions, each region's op given those inside it. */
function emit(xml: string, from: number, to: number, regions: ReadonlyArray<Region>): Op[] {
  const out: Op[] = [];
  let at = from;
  for (const { region, inner } of outermost(regions.filter((r) => r.start >= from && r.end <= to))) {
    if (region.start > at) out.push(...splitDrawingIds(xml.slice(at, region.start)));
    out.push(region.op(inner));
    at = region.end;
  }
  if (to > at) out.push(...splitDrawingIds(xml.slice(at, to)));
  return out;
}

function splitDrawingIds(text: string): Op[] {
  if (!text.includes(DRAWING_ID)) return text === "" ? [] : [text];
  const out: Op[] = [];
  text.split(DRAWING_ID).forEach((piece, i) => {
    if (i > 0) out.push({ kind: "drawingId" });
    if (piece !== "") out.push(piece);
  });
  return out;
}

/** Rows next to each other under the same parent (other elements between them, such as bookmarks, allowed). */
function adjacentRuns(rows: ReadonlyArray<XmlElement>): XmlElement[][] {
  const byParent = new Map<XmlElement, XmlElement[]>();
  for (const r of rows) byParent.set(r.parent!, [...(byParent.get(r.parent!) ?? []), r]);
  const out: XmlElement[][] = [];
  for (const [parent, list] of byParent) {
    const siblings = parent.children.filter((c) => c.name === "w:tr");
    const positions = list.map((r) => siblings.indexOf(r)).sort((a, b) => a - b);
    let run: XmlElement[] = [];
    positions.forEach((pos, i) => {
      if (i > 0 && pos !== positions[i - 1] + 1) {
        out.push(run);
        run = [];
      }
      run.push(siblings[pos]);
    });
    if (run.length > 0) out.push(run);
  }
  return out.sort((a, b) => a[0].start - b[0].start);
}

/**
 * Rows as they are copied after the first item: no bookmarks (their names must be unique), no w14 paragraph ids,
 * no content-control ids, and drawing ids marked to be renumbered.
 */
function withoutIds(xml: string): string {
  return xml
    .replace(/<w:bookmark(Start|End)\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/w:bookmark\1>)/g, "")
    .replace(/\s(?:w14:paraId|w14:textId)="[^"]*"/g, "")
    .replace(/<w:sdtPr\b[\s\S]*?<\/w:sdtPr>/g, (pr) => pr.replace(/<w:id\b[^>]*?(?:\/>|>[\s\S]*?<\/w:id>)/g, ""))
    .replace(/(<(?:wp:docPr|wps:cNvPr|wpg:cNvPr)\b(?:[^>"']|"[^"]*"|'[^']*')*?\sid=")\d+(")/g, `$1${DRAWING_ID}$2`);
}

/** The paragraphs of a part whose joined text holds a placeholder, with their text elements. */
function paragraphsWithPlaceholders(xml: string, root: XmlElement): ParagraphInfo[] {
  const out: ParagraphInfo[] = [];
  for (const p of descendants(root)) {
    if (p.name !== "w:p" || p.closeStart === p.openEnd) continue;
    const texts: TextElement[] = [];
    let text = "";
    // The paragraph's own text: its w:t elements, not those of paragraphs nested in it (text boxes).
    for (const t of descendants(p, (e) => e.name === "w:p")) {
      if (t.name !== "w:t" || t.closeStart === t.openEnd) continue;
      const s = textContent(xml.slice(t.openEnd, t.closeStart));
      texts.push({ el: t, text: s, from: text.length });
      text += s;
    }
    if (!text.includes("{{")) continue;
    const placeholders: Placeholder[] = [];
    for (const m of text.matchAll(PLACEHOLDER)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      const startT = texts.findIndex((t) => from < t.from + t.text.length);
      const endT = texts.findIndex((t) => to <= t.from + t.text.length);
      placeholders.push({ name: m[1].trim(), paragraph: p, startT, startAt: from - texts[startT].from, endT, endAt: to - texts[endT].from });
    }
    out.push({ el: p, texts, placeholders });
  }
  return out;
}

/** Character data of a w:t (entities decoded, CDATA unwrapped). */
function textContent(raw: string): string {
  if (!raw.includes("&") && !raw.includes("<")) return raw;
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((piece) => (piece.startsWith("<![CDATA[") ? piece.slice(9, -3) : decodeXmlText(piece.replace(/<[^>]*>/g, ""))))
    .join("");
}

const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A w:t start tag that keeps spaces at its ends. */
function preserving(tag: string): string {
  if (/\sxml:space=/.test(tag)) return tag.replace(/\sxml:space=("[^"]*"|'[^']*')/, ' xml:space="preserve"');
  return tag.replace(/>$/, ' xml:space="preserve">');
}

/** The run properties the value of a placeholder starting in `t` takes, and how to reopen its run after it. */
function runOf(xml: string, t: XmlElement, paragraph: XmlElement): { runProperties: string; reopen: string; contentControls: XmlElement[] } {
  const run = t.parent;
  const contentControls: XmlElement[] = [];
  for (let a = run?.parent ?? null; a !== null && a !== paragraph; a = a.parent) if (a.name === "w:sdt") contentControls.push(a);
  if (!run || run.name !== "w:r") return { runProperties: "", reopen: "", contentControls };
  const rPr = childNamed(run, "w:rPr");
  const own = rPr ? xml.slice(rPr.start, rPr.end) : "";
  // A content control showing its placeholder text gives the value its own run properties (as Word does).
  const showing = contentControls.find((c) => {
    const pr = childNamed(c, "w:sdtPr");
    return pr !== undefined && childNamed(pr, "w:showingPlcHdr") !== undefined;
  });
  const controlPr = showing ? childNamed(childNamed(showing, "w:sdtPr")!, "w:rPr") : undefined;
  const runProperties = showing ? (controlPr ? xml.slice(controlPr.start, controlPr.end) : "") : own;
  return { runProperties, reopen: `${xml.slice(run.start, run.openEnd)}${own}<w:t xml:space="preserve">`, contentControls };
}

/**
 * A paragraph with its placeholders cut out of their runs and value ops in their place. Each text element a
 * placeholder touches is rewritten: the text outside placeholders kept, and where a placeholder starts the run is
 * closed, the value's runs go in, and the run reopens with its own properties for the rest of its content.
 */
function paragraphOp(xml: string, p: ParagraphInfo, nested: ReadonlyArray<Region>): Op {
  interface Edit {
    readonly start: number;
    readonly end: number;
    readonly ops: Op[];
  }
  const edits: Edit[] = [];
  // Per text element: the cuts (placeholder spans in it) and the value starting in it.
  const cuts = new Map<number, Array<{ from: number; to: number; value?: Placeholder }>>();
  const cut = (i: number, from: number, to: number, value?: Placeholder) => {
    if (!cuts.has(i)) cuts.set(i, []);
    cuts.get(i)!.push({ from, to, value });
  };
  const controls = new Set<XmlElement>();
  for (const ph of p.placeholders) {
    for (let i = ph.startT; i <= ph.endT; i++) {
      const len = p.texts[i].text.length;
      cut(i, i === ph.startT ? ph.startAt : 0, i === ph.endT ? ph.endAt : len, i === ph.startT ? ph : undefined);
    }
  }
  for (const [i, list] of cuts) {
    const t = p.texts[i];
    const ops: Op[] = [preserving(xml.slice(t.el.start, t.el.openEnd))];
    let text = "";
    let at = 0;
    for (const c of list.sort((a, b) => a.from - b.from)) {
      text += escapeText(t.text.slice(at, c.from));
      at = c.to;
      if (!c.value) continue;
      const run = runOf(xml, t.el, p.el);
      for (const cc of run.contentControls) controls.add(cc);
      if (run.reopen === "") {
        // Text outside a run (not WordprocessingML as Word writes it): the value goes in as text of the element.
        ops.push(text, { kind: "value", name: c.value.name, runProperties: null });
        text = "";
        continue;
      }
      ops.push(`${text}</w:t></w:r>`, { kind: "value", name: c.value.name, runProperties: run.runProperties });
      text = run.reopen;
    }
    ops.push(`${text}${escapeText(t.text.slice(at))}</w:t>`);
    edits.push({ start: t.el.start, end: t.el.end, ops });
  }
  // Content controls around a filled placeholder no longer show their placeholder text nor take data from a binding.
  for (const c of controls) {
    const pr = childNamed(c, "w:sdtPr");
    for (const e of pr?.children ?? []) if (e.name === "w:showingPlcHdr" || e.name === "w:dataBinding") edits.push({ start: e.start, end: e.end, ops: [] });
  }
  // Paragraphs inside this one (in a text box) are filled as paragraphs of their own.
  for (const { region, inner } of outermost(nested)) edits.push({ start: region.start, end: region.end, ops: [region.op(inner)] });
  edits.sort((a, b) => a.start - b.start);
  const body: Op[] = [];
  let at = p.el.start;
  for (const e of edits) {
    if (e.start > at) body.push(xml.slice(at, e.start));
    body.push(...e.ops);
    at = e.end;
  }
  body.push(xml.slice(at, p.el.end));
  const cell = p.el.parent;
  const lastInCell = cell !== null && cell.name === "w:tc" && cell.children[cell.children.length - 1] === p.el;
  const ops = mergeStrings(body).flatMap((op) => (typeof op === "string" ? splitDrawingIds(op) : [op]));
  return { kind: "paragraph", names: p.placeholders.map((ph) => ph.name), body: ops, lastInCell };
}

/** Adjacent literal pieces joined. */
function mergeStrings(ops: ReadonlyArray<Op>): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    if (typeof op === "string" && typeof out[out.length - 1] === "string") out[out.length - 1] = (out[out.length - 1] as string) + op;
    else if (op !== "") out.push(op);
  }
  return out;
}
