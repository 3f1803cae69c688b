/**
 * Progress of a bulk write: a cli-progress bar when stderr is a terminal, silence otherwise
 * (tests, CI, pipes), so logs never fill with redraw sequences.
 */
import cliProgress from "cli-progress";

export interface Progress {
  start(task: string, total: number): void;
  advance(count: number): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, advance() {}, stop() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{task} [{bar}] {percentage}% | {value}/{total} rows | {speed} rows/s | {duration_formatted}",
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let startedAt = 0;
  let done = 0;
  return {
    start(task, total) {
      startedAt = Date.now();
      done = 0;
      bar.start(Math.max(total, 1), 0, { task: task.padEnd(22), speed: 0 });
    },
    advance(count) {
      done += count;
      const seconds = (Date.now() - startedAt) / 1000;
      bar.update(done, { speed: seconds > 0 ? Math.round(done / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
