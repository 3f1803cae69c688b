/**
 * Maximum-weight one-to-one assignment (the Hungarian method, O(n³)) over a rows × columns
 * weight matrix. Pairs of weight 0 are never part of the answer, so "no match" costs nothing.
 */

/** The chosen [row, column] pairs, each row and each column at most once, with the largest total weight. */
export function assignMaximum(weights: number[][]): [number, number][] {
  const rows = weights.length;
  const columns = rows === 0 ? 0 : weights[0]!.length;
  if (rows === 0 || columns === 0) return [];
  const n = Math.max(rows, columns);
  let largest = 0;
  for (const row of weights) for (const weight of row) largest = Math.max(largest, weight);
  // Minimise cost = largest - weight on a square matrix padded with weight 0.
  const cost = (i: number, j: number): number => largest - (i < rows && j < columns ? weights[i]![j]! : 0);

  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const matchOfColumn = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i += 1) {
    matchOfColumn[0] = i;
    let column = 0;
    const minimum = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[column] = true;
      const row = matchOfColumn[column]!;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= n; j += 1) {
        if (used[j]) continue;
        const reduced = cost(row - 1, j - 1) - u[row]! - v[j]!;
        if (reduced < minimum[j]!) {
          minimum[j] = reduced;
          way[j] = column;
        }
        if (minimum[j]! < delta) {
          delta = minimum[j]!;
          next = j;
        }
      }
      for (let j = 0; j <= n; j += 1) {
        if (used[j]) {
          u[matchOfColumn[j]!] = u[matchOfColumn[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minimum[j] = minimum[j]! - delta;
        }
      }
      column = next;
    } while (matchOfColumn[column] !== 0);
    do {
      const previous = way[column]!;
      matchOfColumn[column] = matchOfColumn[previous]!;
      column = previous;
    } while (column !== 0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= n; j += 1) {
    const i = matchOfColumn[j]! - 1;
    const column = j - 1;
    if (i < rows && column < columns && weights[i]![column]! > 0) pairs.push([i, column]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
