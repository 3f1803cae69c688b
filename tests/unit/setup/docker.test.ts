import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { dockerEngineAnswers } from "../../setup/docker.js";

const saved = process.env.DOCKER_HOST;
afterEach(() => {
  if (saved === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = saved;
});

describe("detecting a Docker engine", () => {
  it("says no within a second when the engine's socket does not exist", async () => {
    process.env.DOCKER_HOST = "unix:///nonexistent/docker.sock";
    const started = performance.now();
    await expect(dockerEngineAnswers()).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("says no within a second when something listens but never answers", async () => {
    const silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    process.env.DOCKER_HOST = `tcp://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const started = performance.now();
    await expect(dockerEngineAnswers()).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
    silent.closeAllConnections();
    silent.close();
  });

  it("says yes when the engine answers its ping", async () => {
    const engine = http.createServer((request, response) =>
      response.end(request.url === "/_ping" ? "OK" : ""),
    );
    await new Promise<void>((resolve) => engine.listen(0, "127.0.0.1", resolve));
    process.env.DOCKER_HOST = `tcp://127.0.0.1:${(engine.address() as AddressInfo).port}`;
    await expect(dockerEngineAnswers()).resolves.toBe(true);
    engine.close();
  });
});
