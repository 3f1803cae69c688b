import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/env.js";

const run = promisify(execFile);

describe("the govgraph command", () => {
  it("prints its commands with --help, without any configuration", { timeout: 30_000 }, async () => {
    const { stdout } = await run(process.execPath, [path.join(projectRoot, "bin", "govgraph.js"), "--help"], {
      env: { PATH: process.env.PATH },
    });
    for (const command of ["serve", "seed", "neo4j"])
      expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
  });

  it("reports an invalid configuration in one message and exits 1", { timeout: 30_000 }, async () => {
    const failure = await run(process.execPath, [path.join(projectRoot, "bin", "govgraph.js"), "seed"], {
      env: { PATH: process.env.PATH, PORT: "x", NEO4J_URI: "ftp://nowhere" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/PORT[\s\S]*NEO4J_URI|NEO4J_URI[\s\S]*PORT/);
  });
});
