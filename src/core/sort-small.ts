/**
 * Sorts a short list of numbers in place, ascending, by insertion: no comparator call and no sort buffer, for the
 * handful of values (years, a record's cells) the rules sort millions of times at national scale.
 */
export function sortSmallNumbers(list: number[]): number[] {
  for (let i = 1; i < list.length; i++) {
    const v = list[i];
    let j = i - 1;
    while (j >= 0 && list[j] > v) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = v;
  }
  return list;
}
