/**
 * GET /health: is the API up, and can it reach Neo4j? 200 when both, 503 when Neo4j is not
 * reachable. Anyone learns up or down; the details (source, version, latency, the error) only an
 * admin token sees, since they help an attacker more than a load balancer.
 */
import type { Request, Response } from "express";
import type { Driver } from "neo4j-driver";
import { hasRole, type TokenVerifier } from "./auth.js";

export interface HealthReport {
  status: "ok" | "degraded";
  neo4j: { status: "up" | "down"; source?: string; version?: string; latencyMs?: number; error?: string };
}

export async function checkHealth(driver: Driver, source: string, timeoutMs = 2_000): Promise<HealthReport> {
  const started = performance.now();
  try {
    const info = await Promise.race([
      driver.getServerInfo(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer in time")), timeoutMs)),
    ]);
    return {
      status: "ok",
      neo4j: {
        status: "up",
        source,
        version: info.agent,
        latencyMs: Math.round(performance.now() - started),
      },
    };
  } catch (error) {
    return { status: "degraded", neo4j: { status: "down", source, error: (error as Error).message } };
  }
}

export function healthHandler(driver: Driver, source: string, verify: TokenVerifier) {
  return async (request: Request, response: Response): Promise<void> => {
    const [report, viewer] = await Promise.all([
      checkHealth(driver, source),
      verify(request.headers.authorization),
    ]);
    response.status(report.status === "ok" ? 200 : 503);
    response.json(
      hasRole(viewer, "admin") ? report : { status: report.status, neo4j: { status: report.neo4j.status } },
    );
  };
}
