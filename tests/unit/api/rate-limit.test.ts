import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../../src/api/limits/rate-limit.js";

/** A response that records what the limiter writes. */
function recordingResponse() {
  const headers = new Map<string, string>();
  const written: { status?: number; body?: string } = {};
  const response = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), String(value)),
    writeHead: (status: number, extra: Record<string, string | number>) => {
      written.status = status;
      for (const [name, value] of Object.entries(extra)) headers.set(name.toLowerCase(), String(value));
    },
    end: (body: string) => {
      written.body = body;
    },
  };
  return { response: response as unknown as ServerResponse, headers, written };
}

describe("createRateLimiter", () => {
  it("admits a client's requests up to the limit, then answers 429 RATE_LIMITED with Retry-After", async () => {
    const limiter = createRateLimiter(2);
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const recorded = recordingResponse();
      answers.push({ admitted: await limiter.admit("203.0.113.7", recorded.response), ...recorded });
    }
    expect(answers.map((answer) => answer.admitted)).toEqual([true, true, false]);
    expect(answers.map((answer) => answer.headers.get("ratelimit"))).toEqual([
      expect.stringMatching(/^"2-in-1min"; r=1; t=\d+$/),
      expect.stringMatching(/^"2-in-1min"; r=0; t=\d+$/),
      expect.stringMatching(/^"2-in-1min"; r=0; t=\d+$/),
    ]);
    const refused = answers[2]!;
    expect(refused.written.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(JSON.parse(refused.written.body!)).toMatchObject({
      errors: [{ extensions: { code: "RATE_LIMITED" } }],
    });
    expect(answers[0]!.written.status).toBeUndefined();
  });

  it("counts each client on its own, and an IPv6 client by its /56 subnet", async () => {
    const limiter = createRateLimiter(1);
    const admit = (address: string) => limiter.admit(address, recordingResponse().response);
    expect(await admit("203.0.113.7")).toBe(true);
    expect(await admit("203.0.113.8")).toBe(true);
    expect(await admit("203.0.113.7")).toBe(false);
    expect(await admit("2001:db8:0:1::1")).toBe(true);
    expect(await admit("2001:db8:0:2::9")).toBe(false);
    expect(await admit("2001:db8:0:100::1")).toBe(true);
  });

  it("gives each client a partition key of its own that does not reveal the address", async () => {
    const limiter = createRateLimiter(5);
    const policyOf = async (address: string) => {
      const recorded = recordingResponse();
      await limiter.admit(address, recorded.response);
      return recorded.headers.get("ratelimit-policy")!;
    };
    const [a, again, b] = [
      await policyOf("203.0.113.7"),
      await policyOf("203.0.113.7"),
      await policyOf("198.51.100.2"),
    ];
    expect(a).toMatch(/^"5-in-1min"; q=5; w=60; pk=:[A-Za-z0-9+/=]+:$/);
    expect(again).toBe(a);
    expect(b).not.toBe(a);
    expect(a).not.toContain("203.0.113.7");
  });

  it("admits everything when the limit is 0 (off) and sets no headers", async () => {
    const limiter = createRateLimiter(0);
    const recorded = recordingResponse();
    for (let i = 0; i < 100; i++) expect(await limiter.admit("203.0.113.7", recorded.response)).toBe(true);
    expect(recorded.headers.size).toBe(0);
  });
});
