/**
 * The embedded Neo4j says in one line when its Bolt port is taken, before it builds or starts
 * anything (Neo4j itself would end in a stack trace).
 */
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCodeOf } from "../../../src/cli/exit-codes.js";
import { PortInUseError, startEmbeddedNeo4j } from "../../../src/db/index.js";

let taken: Server;
let port: number;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  const address = taken.address();
  port = typeof address === "object" && address ? address.port : 0;
});
afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

describe("an embedded Neo4j asked for a port that is taken", () => {
  it("refuses with a message that names the port and what to do, and the CLI's status for an unavailable service", async () => {
    const start = startEmbeddedNeo4j({ home: "/nonexistent", port, heap: "64m", pageCache: "8m" });
    await expect(start).rejects.toThrow(new RegExp(`Bolt port ${port} is in use.*NEO4J_URI`));
    const error = await start.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect(exitCodeOf(error)).toBe("UNAVAILABLE");
  });
});
