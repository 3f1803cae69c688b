/**
 * Waiting for and stopping the Java servers GovGraph runs as child processes (the embedded Neo4j,
 * Stanford CoreNLP). Both read nothing from stdin and end when it closes, so neither outlives the
 * Node process that started it, even when that one is killed.
 */
import type { ChildProcess } from "node:child_process";
import readline from "node:readline";

const STOP_TIMEOUT_MS = 30_000;

/** The last lines a child printed, for the error message when it fails to start. */
export class RecentLines {
  private readonly lines: string[] = [];
  constructor(
    private readonly keep = 40,
    private readonly log?: (line: string) => void,
  ) {}
  add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.keep) this.lines.shift();
    this.log?.(line);
  }
  /** Collects every line of the child's stdout and stderr. */
  follow(child: ChildProcess): void {
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) readline.createInterface({ input: stream }).on("line", (line) => this.add(line));
    }
  }
  toString(): string {
    return this.lines.join("\n");
  }
}

/**
 * Resolves once `ready` resolves; rejects when the child cannot be run, exits first, or the time
 * runs out (then the child is killed).
 */
export function raceChildStart<T>(
  child: ChildProcess,
  ready: Promise<T>,
  options: { name: string; timeoutMs: number; recent: RecentLines },
): Promise<T> {
  const { name, timeoutMs, recent } = options;
  return new Promise<T>((resolve, reject) => {
    const fail = (message: string): void => {
      clearTimeout(timer);
      reject(new Error(`${message}:\n${recent.toString()}`));
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(`${name} did not start within ${timeoutMs / 1000} s`);
    }, timeoutMs);
    child.once("error", (error) => fail(`Could not run java (Java 17+ must be on PATH): ${error.message}`));
    child.once("exit", (code) => fail(`${name} exited with code ${code} before it was ready`));
    ready.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => fail(`${name} failed to start: ${String(error)}`),
    );
  });
}

/** Closes stdin and sends SIGTERM; SIGKILL if the child is still there after 30 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.stdin?.end();
    child.kill("SIGTERM");
  });
}
