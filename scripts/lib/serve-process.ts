/**
 * `govgraph serve` as its own process (the compiled CLI, as `npm start` runs it after its
 * build): started with the given environment, ready when it prints its URL, stopped by its pid.
 * Its log (stderr) goes to `log` when given.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { projectRoot } from "../../src/config/env.js";

/**
 * The API as the benchmarks run it against their Neo4j: as deployed (production), not seeding,
 * the per-client limit in the request path but high enough not to throttle the load.
 */
export const benchApiEnvironment = (uri: string): Record<string, string> => ({
  NEO4J_URI: uri,
  NEO4J_USER: "neo4j",
  NEO4J_PASSWORD: "",
  NODE_ENV: "production",
  GOVGRAPH_RATE_LIMIT_PER_MINUTE: "100000000",
  GOVGRAPH_SEED_ON_START: "false",
});

export interface ServeProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startServe(
  env: Record<string, string>,
  options: { timeoutMs?: number; log?: (line: string) => void; nodeArguments?: string[] } = {},
): Promise<ServeProcess> {
  const timeoutMs = options.timeoutMs ?? 240_000;
  if (!existsSync(path.join(projectRoot, "dist", "cli", "main.js"))) {
    throw new Error("dist/ is not built: run `npm run build` first");
  }
  const child = spawn(
    process.execPath,
    [...(options.nodeArguments ?? []), path.join(projectRoot, "bin", "govgraph.js"), "serve"],
    {
      cwd: projectRoot,
      env: { ...process.env, PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const recent: string[] = [];
  readline.createInterface({ input: child.stderr }).on("line", (line) => {
    options.log?.(line);
    recent.push(line);
    if (recent.length > 20) recent.shift();
  });
  const stop = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("serve printed no URL in time")), timeoutMs);
      readline.createInterface({ input: child.stdout }).on("line", (line) => {
        const match = /running at (\S+) /.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with code ${code}:\n${recent.join("\n")}`));
      });
    });
    return { url, pid: child.pid ?? -1, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
