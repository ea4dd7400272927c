/**
 * One `Excel.run` per user action, with a timeout on every `context.sync()` (Excel on the web can hang) and
 * optional automatic retries of the whole action. When a sync does not answer in time the action stops with
 * `ExcelSyncTimeoutError` (retryable: the pane offers "Thử lại", which runs the action again from the start).
 */
import { ExcelSyncTimeoutError, toActionError } from "./errors";

export const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

export interface ActionOptions {
  /** Longest wait for one `context.sync()` (default 30 s). */
  readonly timeoutMs?: number;
  /** How many times to run the action again after a timeout (default 0; only for actions safe to repeat). */
  readonly retries?: number;
}

interface SyncPolicy {
  readonly timeoutMs: number;
  readonly abort: (e: ExcelSyncTimeoutError) => void;
}

const policies = new WeakMap<object, SyncPolicy>();

/** `context.sync()` with the action's timeout; every adapter step syncs through this. */
export async function syncWithin(context: Excel.RequestContext): Promise<void> {
  const policy = policies.get(context);
  const timeoutMs = policy?.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new ExcelSyncTimeoutError(timeoutMs);
      policy?.abort(err);
      reject(err);
    }, timeoutMs);
  });
  try {
    await Promise.race([context.sync(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one user action in one `Excel.run`. Errors come out as `ExcelActionError`s with a message key; a
 * timed-out action is not waited for any longer (Excel.run's own clean-up may hang as well).
 */
export async function runExcel<T>(action: (context: Excel.RequestContext) => Promise<T>, options: ActionOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  const attempts = 1 + Math.max(0, options.retries ?? 0);
  for (let attempt = 1; ; attempt++) {
    let abort: (e: ExcelSyncTimeoutError) => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => {
      abort = reject;
    });
    const running = Excel.run((context) => {
      policies.set(context, { timeoutMs, abort });
      return action(context);
    });
    running.catch(() => undefined);
    aborted.catch(() => undefined);
    try {
      return await Promise.race([running, aborted]);
    } catch (e) {
      if (e instanceof ExcelSyncTimeoutError && attempt < attempts) continue;
      throw toActionError(e);
    }
  }
}
