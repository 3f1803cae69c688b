/**
 * Does a Docker engine answer? Asks the engine's socket for /_ping with a short timeout, so a
 * machine with only the Docker client (or no Docker at all) is told apart in well under a second.
 */
import { existsSync } from "node:fs";
import http from "node:http";

export function dockerEngineAnswers(timeoutMs = 500): Promise<boolean> {
  const host = process.env.DOCKER_HOST;
  const socketPath = host?.startsWith("unix://") ? host.slice("unix://".length) : "/var/run/docker.sock";
  if (host && !host.startsWith("unix://"))
    return ping({ host: new URL(host).hostname, port: Number(new URL(host).port) }, timeoutMs);
  if (!existsSync(socketPath)) return Promise.resolve(false);
  return ping({ socketPath }, timeoutMs);
}

function ping(target: http.RequestOptions, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ ...target, path: "/_ping", timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("timeout", () => {
      request.destroy();
      resolve(false);
    });
    request.on("error", () => resolve(false));
  });
}
