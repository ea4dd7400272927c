/**
 * Long work in the pane as a task of stages: each stage is announced (the progress panel shows it), the UI gets
 * a chance to paint, and a cancel asked for in the meantime stops the task there — before the next stage starts,
 * or between two documents. Cancelling never interrupts a write to Excel half-way: stages are entered only
 * between whole steps.
 */
import type { Msg } from "../../core/issues";

/** Thrown at a stage boundary after the clerk clicked "Hủy". */
export class CancelledError extends Error {
  override name = "CancelledError";

  constructor() {
    super("cancelled");
  }
}

export interface TaskProgress {
  /** What is being done now (a message of the taskpane catalogue). */
  readonly stage: Msg;
  /** Index of the stage (1-based) and the number of stages announced for the task. */
  readonly index: number;
  readonly stages: number;
  /** Progress inside the stage (documents written), when known. */
  readonly done?: number;
  readonly total?: number;
}

export interface TaskControl {
  /** Enters a stage: shows it, lets the page paint, then throws CancelledError if cancel was asked. */
  stage(stage: Msg): Promise<void>;
  /** Progress inside the current stage; throws CancelledError if cancel was asked (stops between steps). */
  step(done: number, total: number): void;
  readonly cancelled: boolean;
}

export type YieldToUi = () => Promise<void>;

/** Lets the browser paint once: after the next animation frame, or after 40 ms when frames do not come. */
export const yieldToUi: YieldToUi = () =>
  new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
    if (typeof raf === "function") raf(() => setTimeout(finish, 0));
    setTimeout(finish, 40);
  });

export interface Task {
  readonly control: TaskControl;
  cancel(): void;
}

/**
 * A task reporting its progress to `onProgress`. `stages` is how many stages the task will announce (for the
 * progress bar); announcing more is allowed and simply extends it.
 */
export function createTask(stages: number, onProgress: (p: TaskProgress) => void, pause: YieldToUi = yieldToUi): Task {
  let cancelled = false;
  let index = 0;
  let total = Math.max(1, stages);
  let current: Msg = { key: "taskpane.stage.start" };
  const control: TaskControl = {
    async stage(stage) {
      if (cancelled) throw new CancelledError();
      index++;
      if (index > total) total = index;
      current = stage;
      onProgress({ stage, index, stages: total });
      await pause();
      if (cancelled) throw new CancelledError();
    },
    step(done, count) {
      if (cancelled) throw new CancelledError();
      onProgress({ stage: current, index, stages: total, done, total: count });
    },
    get cancelled() {
      return cancelled;
    },
  };
  return {
    control,
    cancel: () => {
      cancelled = true;
    },
  };
}

/** Fraction of the whole task done, for the progress bar (stages equal; a stage's steps split it). */
export function progressFraction(p: TaskProgress): number {
  const within = p.total && p.total > 0 && p.done !== undefined ? Math.min(1, p.done / p.total) : 0;
  return Math.min(1, Math.max(0, (p.index - 1 + within) / p.stages));
}
