import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
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

  it("reports an invalid configuration in one message and exits 2 (USAGE)", { timeout: 30_000 }, async () => {
    const failure = await run(process.execPath, [path.join(projectRoot, "bin", "govgraph.js"), "seed"], {
      env: { PATH: process.env.PATH, PORT: "x", NEO4J_URI: "ftp://nowhere" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: EXIT_CODES.USAGE.status });
    expect((failure as { stderr: string }).stderr).toMatch(/PORT[\s\S]*NEO4J_URI|NEO4J_URI[\s\S]*PORT/);
  });

  it(
    "refuses --offline against a server of one's own, and over an existing store without --replace",
    {
      timeout: 30_000,
    },
    async () => {
      const generate = (env: Record<string, string>) =>
        run(
          process.execPath,
          [path.join(projectRoot, "bin", "govgraph.js"), "generate", "--scale", "small", "--offline"],
          {
            env: { PATH: process.env.PATH, ...env },
          },
        ).catch((error: { code: number; stderr: string }) => error);
      const external = await generate({ NEO4J_URI: "bolt://127.0.0.1:1" });
      expect(external).toMatchObject({ code: EXIT_CODES.USAGE.status });
      expect((external as { stderr: string }).stderr).toMatch(/NEO4J_URI/);

      const dataDir = mkdtempSync(path.join(os.tmpdir(), "govgraph-cli-"));
      try {
        mkdirSync(path.join(dataDir, "neo4j", "data", "databases", "neo4j"), { recursive: true });
        const existing = await generate({ GOVGRAPH_DATA_DIR: dataDir });
        expect(existing).toMatchObject({ code: EXIT_CODES.CONFLICT.status });
        expect((existing as { stderr: string }).stderr).toMatch(/--replace/);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it(
    "exits 2 (USAGE) on an unknown option and 3 (INPUT_REFUSED) on a refused input",
    { timeout: 30_000 },
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "govgraph-cli-"));
      try {
        const empty = path.join(dir, "empty.txt");
        writeFileSync(empty, "");
        const extract = (...args: string[]) =>
          run(process.execPath, [path.join(projectRoot, "bin", "govgraph.js"), "extract", ...args], {
            env: { PATH: process.env.PATH, GOVGRAPH_DATA_DIR: dir },
          }).catch((error: { code: number; stderr: string }) => error);
        expect(await extract("--no-such-option", empty)).toMatchObject({ code: EXIT_CODES.USAGE.status });
        const refused = await extract(empty);
        expect(refused).toMatchObject({ code: EXIT_CODES.INPUT_REFUSED.status });
        expect((refused as { stderr: string }).stderr).toMatch(/EMPTY_INPUT/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("exits 5 (UNAVAILABLE) with one line when Neo4j does not answer", { timeout: 60_000 }, async () => {
    const failure = await run(process.execPath, [path.join(projectRoot, "bin", "govgraph.js"), "stats"], {
      env: { PATH: process.env.PATH, NEO4J_URI: "bolt://127.0.0.1:1" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: EXIT_CODES.UNAVAILABLE.status });
    expect((failure as { stderr: string }).stderr.trim().split("\n")).toHaveLength(1);
  });
});
