/**
 * One action at a time: the runner keeps the progress of the running task, cancels it on request, and keeps the
 * last failure with a way to run the same action again ("Thử lại").
 */
import { useCallback, useRef, useState } from "react";
import { describeFailure, type PaneFailure } from "./pane-error";
import { createTask, type TaskControl, type TaskProgress } from "./task";

export interface RunOptions {
  /** Number of stages the task announces (for the progress bar). */
  readonly stages: number;
  /** Short actions (selecting a cell) show no progress panel. */
  readonly quiet?: boolean;
}

export interface Runner {
  readonly busy: boolean;
  readonly progress: TaskProgress | null;
  readonly failure: PaneFailure | null;
  /** The last task was cancelled by the clerk. */
  readonly cancelled: boolean;
  run<T>(options: RunOptions, work: (task: TaskControl) => Promise<T>, done: (value: T) => void): void;
  cancel(): void;
  retry(): void;
  dismiss(): void;
}

export function useRunner(): Runner {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<PaneFailure | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const current = useRef<{ cancel(): void } | null>(null);
  const last = useRef<(() => void) | null>(null);

  const run = useCallback(<T,>(options: RunOptions, work: (task: TaskControl) => Promise<T>, done: (value: T) => void) => {
    if (current.current) return;
    const start = (): void => {
      const task = createTask(options.stages, (p) => {
        if (!options.quiet) setProgress(p);
      });
      current.current = task;
      setBusy(true);
      setFailure(null);
      setCancelled(false);
      work(task.control).then(
        (value) => {
          current.current = null;
          setBusy(false);
          setProgress(null);
          done(value);
        },
        (e: unknown) => {
          current.current = null;
          setBusy(false);
          setProgress(null);
          const f = describeFailure(e);
          if (f) setFailure(f);
          else setCancelled(true);
        },
      );
    };
    last.current = start;
    start();
  }, []);

  const cancel = useCallback(() => current.current?.cancel(), []);
  const retry = useCallback(() => {
    if (!current.current) last.current?.();
  }, []);
  const dismiss = useCallback(() => {
    setFailure(null);
    setCancelled(false);
  }, []);
  return { busy, progress, failure, cancelled, run, cancel, retry, dismiss };
}
