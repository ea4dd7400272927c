/**
 * Errors of Excel actions, one class per failure mode, each carrying a message key for the task pane
 * (Vietnamese first, src/i18n/messages/excel.ts). `retryable` tells the pane to offer "Thử lại".
 */
import type { Msg } from "../core/issues";

export class ExcelActionError extends Error {
  override name = "ExcelActionError";
  readonly retryable: boolean = false;

  constructor(
    readonly msg: Msg,
    message?: string,
    override readonly cause?: unknown,
  ) {
    super(message ?? msg.key);
  }
}

/** `context.sync()` did not answer in time (Excel on the web can hang). Nothing after the hang was sent. */
export class ExcelSyncTimeoutError extends ExcelActionError {
  override name = "ExcelSyncTimeoutError";
  override readonly retryable = true;

  constructor(readonly timeoutMs: number) {
    super({ key: "excel.error.timeout", params: { seconds: Math.round(timeoutMs / 1000) } }, `context.sync() did not answer within ${timeoutMs} ms`);
  }
}

/** One row of a sheet is larger than Excel on the web can transfer in one request (5 MB). */
export class ExcelPayloadError extends ExcelActionError {
  override name = "ExcelPayloadError";

  constructor(readonly sheet: string) {
    super({ key: "excel.error.payload", params: { sheet } }, `a single row of sheet "${sheet}" exceeds the request size limit`);
  }
}

export class SheetNotFoundError extends ExcelActionError {
  override name = "SheetNotFoundError";

  constructor(readonly sheet: string) {
    super({ key: "excel.error.sheetNotFound", params: { sheet } }, `sheet "${sheet}" not found`);
  }
}

export class BadAddressError extends ExcelActionError {
  override name = "BadAddressError";

  constructor(readonly address: string) {
    super({ key: "excel.error.badAddress", params: { address } }, `bad cell address "${address}"`);
  }
}

/** The adapter refuses to write to a sheet that is not one of the product's own output sheets. */
export class NotOwnSheetError extends ExcelActionError {
  override name = "NotOwnSheetError";

  constructor(readonly sheet: string) {
    super({ key: "excel.error.notOwnSheet", params: { sheet } }, `refusing to write to the clerk's sheet "${sheet}"`);
  }
}

/** The host lacks ExcelApi 1.8. */
export class ExcelApiUnsupportedError extends ExcelActionError {
  override name = "ExcelApiUnsupportedError";

  constructor() {
    super({ key: "excel.unsupported" }, "ExcelApi 1.8 is not supported by this Excel");
  }
}

/** Another Office.js failure (RichApi.Error), with its code. */
export class ExcelHostError extends ExcelActionError {
  override name = "ExcelHostError";
  override readonly retryable: boolean;

  constructor(
    readonly code: string,
    reason: string,
    cause: unknown,
  ) {
    super(
      code === "InvalidOperationInCellEditMode" ? { key: "excel.error.busy" } : { key: "excel.error.general", params: { code, reason } },
      `${code}: ${reason}`,
      cause,
    );
    this.retryable = code === "InvalidOperationInCellEditMode" || code === "GeneralException" || code === "ActivityLimitReached";
  }
}

/** Wraps anything thrown during an action into an ExcelActionError (keeps those that already are). */
export function toActionError(e: unknown): ExcelActionError {
  if (e instanceof ExcelActionError) return e;
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === "string" ? err.code : "Unknown";
  const reason = typeof err?.message === "string" ? err.message : String(e);
  return new ExcelHostError(code, reason, e);
}

/** The Office.js error code of a failure, if it has one. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" ? code : undefined;
}
