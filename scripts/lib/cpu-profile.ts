/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and tells where the time went: self time by stage
 * (the package or part of Node a sampled function belongs to) and the busiest functions, over
 * the last `wallMs` of the profile (the measured requests, not the start-up before them).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The one profile a process wrote into `folder`. */
export function readCpuProfile(folder: string): CpuProfile {
  const file = readdirSync(folder).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${folder}`);
  return JSON.parse(readFileSync(path.join(folder, file), "utf8")) as CpuProfile;
}

/** Stages by the path of the sampled function's file; the first match wins. */
const STAGES: [RegExp, string][] = [
  [
    /node_modules\/@apollo\/server-plugin-response-cache|node_modules\/@apollo\/server\/.*cacheControl/,
    "Apollo cache control",
  ],
  [/node_modules\/@apollo\/|node_modules\/@as-integrations\/|node_modules\/negotiator\//, "Apollo"],
  [/node_modules\/graphql\//, "graphql-js (execute, validate)"],
  [/node_modules\/@neo4j\/graphql\//, "@neo4j/graphql"],
  [/node_modules\/neo4j-driver/, "neo4j-driver"],
  [/node_modules\/(body-parser|raw-body|iconv-lite|content-type|type-is|media-typer)\//, "body parser"],
  [/node_modules\/express-rate-limit\//, "rate limiter"],
  [/node_modules\/helmet\//, "security headers (helmet)"],
  [
    /node_modules\/(express|router|send|etag|fresh|finalhandler|on-finished|qs|parseurl|accepts|mime-types|content-disposition|cookie|proxy-addr|forwarded|depd|http-errors|statuses|debug)\//,
    "express",
  ],
  [/node_modules\//, "other packages"],
  [/\/dist\/api\/|\/src\/api\//, "GovGraph API code"],
  [/^node:internal\/(http|_http)|^node:_http|^node:http/, "Node http"],
  [/^node:internal\/(stream|streams)|^node:stream|^node:net|^node:internal\/net/, "Node streams and sockets"],
  [/^node:/, "Node other"],
];

function stageOf(frame: ProfileNode["callFrame"]): string {
  if (!frame.url) {
    if (frame.functionName === "(garbage collector)") return "garbage collector";
    if (frame.functionName === "(idle)") return "idle";
    return "V8 builtins and native";
  }
  for (const [pattern, stage] of STAGES) if (pattern.test(frame.url)) return stage;
  return "other code";
}

const ms = (us: number): string => (us / 1000).toFixed(0).padStart(8);

export function summariseCpuProfile(profile: CpuProfile, requests: number, wallMs: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const times: number[] = [];
  let now = 0;
  for (const delta of profile.timeDeltas) times.push((now += delta));
  const from = now - wallMs * 1000;
  const stages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const time = times[index]!;
    if (time < from) return;
    const delta = profile.timeDeltas[index + 1] ?? 0;
    const frame = byId.get(id)!.callFrame;
    const stage = stageOf(frame);
    stages.set(stage, (stages.get(stage) ?? 0) + delta);
    if (stage === "idle") return;
    busy += delta;
    const where = `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*node_modules\//, "")}:${frame.lineNumber + 1}`;
    functions.set(where, (functions.get(where) ?? 0) + delta);
  });
  const perRequest = (us: number): string => `${(us / requests).toFixed(0).padStart(6)} µs/request`;
  const lines = [
    `${requests} requests in ${(wallMs / 1000).toFixed(1)} s; the API process was busy ${(busy / 1000).toFixed(0)} ms (${perRequest(busy)})`,
    "",
    "CPU time by stage (self time of the sampled functions):",
  ];
  for (const [stage, us] of [...stages].sort((a, b) => b[1] - a[1]))
    lines.push(`  ${stage.padEnd(34)} ${ms(us)} ms ${perRequest(us)}`);
  lines.push("", "Busiest functions:");
  for (const [where, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 40))
    lines.push(`  ${ms(us)} ms ${perRequest(us)}  ${where}`);
  return lines.join("\n");
}
