/**
 * What the error bar shows: any failure of an action turned into a message of the catalogues, and whether
 * "Thử lại" makes sense. Excel's failures carry their own keys (src/excel/errors.ts), the documents' too
 * (src/docs/errors.ts); anything else is an unexpected error, said plainly with what to do.
 */
import type { Msg } from "../../core/issues";
import { DocumentError, TemplatePreflightError } from "../../docs/errors";
import { ExcelActionError } from "../../excel/errors";
import { CancelledError } from "./task";

/** A refusal of the pane itself (no evaluation year…), with its message. */
export class PaneError extends Error {
  override name = "PaneError";

  constructor(
    readonly msg: Msg,
    readonly retryable = false,
  ) {
    super(msg.key);
  }
}

export interface PaneFailure {
  readonly msg: Msg;
  /** Further lines (the problems a template preflight found). */
  readonly details: ReadonlyArray<Msg>;
  readonly retryable: boolean;
}

/** null for a cancel (not a failure). */
export function describeFailure(e: unknown): PaneFailure | null {
  if (e instanceof CancelledError) return null;
  if (e instanceof ExcelActionError) return { msg: e.msg, details: [], retryable: e.retryable || e.name === "ExcelHostError" };
  if (e instanceof PaneError) return { msg: e.msg, details: [], retryable: e.retryable };
  if (e instanceof TemplatePreflightError) {
    return { msg: { key: e.key, params: e.params }, details: e.problems.map((p) => ({ key: p.key, params: p.params })), retryable: false };
  }
  if (e instanceof DocumentError) return { msg: { key: e.key, params: e.params }, details: [], retryable: true };
  const text = e instanceof Error ? e.message : String(e);
  return { msg: { key: "taskpane.error.unexpected", params: { reason: text } }, details: [], retryable: true };
}
