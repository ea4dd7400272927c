/**
 * Fills a compiled program (package/compile.ts) with values in one pass: text values become runs in the
 * placeholder's style, blocks replace their paragraph, repeated rows are written once per item. A placeholder
 * with no value to take is collected in `unfilled` (the caller refuses the document).
 *
 * Names resolve from the innermost open group out: in the rows of `nhom.dong`, `{{nhom.dong.ten}}` is the item's
 * `ten`; a field the item leaves out is empty; `{{nam}}` is the document's value. A group whose item has no rows
 * for an inner group writes the inner rows once, empty.
 */
import { isBlock, isRows, type BlockValue, type RowsValue, type TemplateValues } from "../values";
import type { Op, Program } from "./compile";
import { blockParagraphXml, valueRunsXml } from "./inserted-xml";
import { xmlText } from "./literal";

type Item = Readonly<Record<string, string | RowsValue>>;

/** An open group: its fields' prefix ("nhom.dong.") and the item being written, or why there is none. */
interface Scope {
  readonly prefix: string;
  readonly item: Item | null;
  /** "empty": fields are written empty; "unresolved": the group has no value, its fields stay unfilled. */
  readonly mode: "item" | "empty" | "unresolved";
  readonly parent: Scope | null;
}

export interface RenderState {
  readonly values: TemplateValues;
  readonly unfilled: Set<string>;
  /** The next drawing id free in the document (copies of repeated rows take new ones). */
  nextDrawingId: number;
}

/** What a name takes: text, a block, nothing (undefined: a field its item leaves out), or null (unfilled). */
function resolve(name: string, scope: Scope | null, values: TemplateValues): string | BlockValue | null | undefined {
  for (let s = scope; s !== null; s = s.parent) {
    if (!name.startsWith(s.prefix)) continue;
    if (s.mode === "unresolved") return null;
    if (s.mode === "empty") return undefined;
    const rest = name.slice(s.prefix.length);
    const dot = rest.indexOf(".");
    const v = s.item![dot < 0 ? rest : rest.slice(0, dot)];
    if (isRows(v)) return null;
    return dot < 0 && typeof v === "string" ? v : undefined;
  }
  if (name.includes(".")) return null;
  const v = values[name];
  return typeof v === "string" || (v !== undefined && isBlock(v)) ? v : null;
}

/** The rows value of a group path, or why there is none. */
function groupValue(path: string, scope: Scope | null, values: TemplateValues): RowsValue | "empty" | "unresolved" {
  for (let s = scope; s !== null; s = s.parent) {
    if (!path.startsWith(s.prefix)) continue;
    if (s.mode !== "item") return s.mode;
    const v = s.item![path.slice(s.prefix.length)];
    return isRows(v) ? v : "empty";
  }
  const v = values[path];
  return isRows(v) ? v : "unresolved";
}

export function render(program: Program, state: RenderState, out: string[], scope: Scope | null = null): void {
  for (const op of program) {
    if (typeof op === "string") out.push(op);
    else renderOp(op, state, out, scope);
  }
}

function renderOp(op: Exclude<Op, string>, state: RenderState, out: string[], scope: Scope | null): void {
  switch (op.kind) {
    case "value": {
      const v = resolve(op.name, scope, state.values);
      if (v === undefined) return;
      if (typeof v !== "string") state.unfilled.add(op.name);
      else out.push(op.runProperties === null ? xmlText(v.replace(/\r?\n/g, " ")) : valueRunsXml(op.runProperties, v));
      return;
    }
    case "paragraph": {
      for (const name of op.names) {
        const v = resolve(name, scope, state.values);
        if (v === null || v === undefined || typeof v === "string") continue;
        if (v.block.length === 0) {
          if (op.lastInCell) out.push("<w:p/>");
        } else for (const p of v.block) out.push(blockParagraphXml(p));
        return;
      }
      render(op.body, state, out, scope);
      return;
    }
    case "rows": {
      const v = groupValue(op.path, scope, state.values);
      const prefix = `${op.path}.`;
      if (typeof v === "string") render(op.first, state, out, { prefix, item: null, mode: v, parent: scope });
      else v.rows.forEach((item, i) => render(i === 0 ? op.first : op.copy, state, out, { prefix, item, mode: "item", parent: scope }));
      return;
    }
    case "table": {
      const inner: string[] = [];
      render(op.body, state, inner, scope);
      const xml = inner.join("");
      if (xml.includes("<w:tr")) out.push(xml);
      return;
    }
    case "drawingId":
      out.push(String(state.nextDrawingId++));
      return;
  }
}
