/** boundedMemo: computed once per argument, null remembered like any result, the store emptied at its limit. */
import { boundedMemo } from "../../src/core/memo";

test("each argument is computed once until the store reaches its limit, then computed again", () => {
  const calls: number[] = [];
  const half = boundedMemo((n: number): number | null => {
    calls.push(n);
    return n % 2 === 0 ? n / 2 : null;
  }, 3);
  expect([half(4), half(4), half(3), half(3)]).toEqual([2, 2, null, null]);
  expect(calls).toEqual([4, 3]);
  half(6);
  half(8); // the store held 3: emptied, then 8 kept
  half(4);
  expect(calls).toEqual([4, 3, 6, 8, 4]);
});
