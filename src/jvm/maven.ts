/**
 * Runs `package` in one of the repository's Maven projects (neo4j/, nlp/): the wrapper in the
 * folder when present, else `mvn` on PATH. Maven fetches the jars once and caches them in ~/.m2.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** `what` names the download in error messages ("Neo4j", "Stanford CoreNLP"). */
export function runMavenPackage(
  directory: string,
  what: string,
  log?: (line: string) => void,
): Promise<void> {
  const wrapper = path.join(directory, "mvnw");
  const command = existsSync(wrapper) ? wrapper : "mvn";
  return new Promise((resolve, reject) => {
    const child = spawn(command, ["-B", "-q", "package", "-DskipTests"], { cwd: directory });
    const output: string[] = [];
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString();
      output.push(text);
      log?.(text.trimEnd());
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", (error) =>
      reject(new Error(`Could not run Maven (${command}) to fetch ${what}: ${error.message}`)),
    );
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Maven failed (exit ${code}) fetching ${what}:\n${output.join("").slice(-4000)}`)),
    );
  });
}
