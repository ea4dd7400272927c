/** Stages, progress and cancel of the pane's long work (src/taskpane/task/task.ts). */
import { CancelledError, createTask, progressFraction, type TaskProgress } from "../../src/taskpane/task/task";

const noPause = () => Promise.resolve();

describe("task stages", () => {
  test("each stage is announced with its index; steps report inside the current stage", async () => {
    const seen: TaskProgress[] = [];
    const { control } = createTask(3, (p) => seen.push(p), noPause);
    await control.stage({ key: "a" });
    await control.stage({ key: "b" });
    control.step(1, 4);
    control.step(4, 4);
    await control.stage({ key: "c" });
    expect(seen.map((p) => [p.stage.key, p.index, p.stages, p.done ?? null])).toEqual([
      ["a", 1, 3, null],
      ["b", 2, 3, null],
      ["b", 2, 3, 1],
      ["b", 2, 3, 4],
      ["c", 3, 3, null],
    ]);
  });

  test("a cancel asked while a stage paints stops the task at that boundary, before the next stage's work", async () => {
    let cancel: () => void = () => undefined;
    const work: string[] = [];
    const task = createTask(3, () => undefined, async () => cancel());
    cancel = task.cancel;
    const run = async () => {
      await task.control.stage({ key: "first" });
      work.push("first");
    };
    await expect(run()).rejects.toBeInstanceOf(CancelledError);
    expect(work).toEqual([]);
  });

  test("a cancel during a stage's work stops at the next stage, or at the next step", async () => {
    const task = createTask(2, () => undefined, noPause);
    await task.control.stage({ key: "one" });
    task.control.step(1, 3);
    task.cancel();
    expect(task.control.cancelled).toBe(true);
    expect(() => task.control.step(2, 3)).toThrow(CancelledError);
    await expect(task.control.stage({ key: "two" })).rejects.toBeInstanceOf(CancelledError);
  });

  test("more stages than announced extend the bar; the fraction never goes back", async () => {
    const seen: TaskProgress[] = [];
    const { control } = createTask(1, (p) => seen.push(p), noPause);
    await control.stage({ key: "a" });
    control.step(1, 2);
    await control.stage({ key: "b" });
    control.step(2, 2);
    const fractions = seen.map(progressFraction);
    expect(seen[seen.length - 1].stages).toBe(2);
    expect(fractions[0]).toBe(0);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    expect(progressFraction({ stage: { key: "x" }, index: 2, stages: 2, done: 2, total: 2 })).toBe(1);
    expect(progressFraction({ stage: { key: "x" }, index: 1, stages: 4, done: 1, total: 2 })).toBeCloseTo(0.125);
  });
});
