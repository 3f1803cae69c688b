/** Cuts a stream of rows into arrays of at most `size` rows, lazily, so huge streams never sit in memory. */
export function* inBatches<Row>(rows: Iterable<Row>, size: number): Generator<Row[]> {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size must be a positive integer, got ${size}`);
  let batch: Row[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
