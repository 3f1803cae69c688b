import type { IncomingMessage } from "node:http";
import express from "express";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../../../src/api/client-address.js";

/** What express answers as `request.ip` for the same request with `trust proxy` set to `hops`. */
function expressIp(hops: number, peer: string, forwardedFor: string | undefined): string | undefined {
  const app = express();
  app.set("trust proxy", hops);
  const request = Object.create(app.request) as express.Request;
  Object.assign(request, {
    app,
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
    socket: { remoteAddress: peer },
  });
  return request.ip;
}

const fake = (peer: string, forwardedFor: string | undefined): IncomingMessage =>
  ({
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
    socket: { remoteAddress: peer },
  }) as unknown as IncomingMessage;

describe("clientAddress", () => {
  const headers = [
    undefined,
    "",
    "203.0.113.7",
    "203.0.113.7, 198.51.100.2",
    " 203.0.113.7 ,198.51.100.2,  192.0.2.9 ",
    "2001:db8::1, , 198.51.100.2",
    ",,",
  ];
  for (const hops of [0, 1, 2, 3, 5]) {
    it(`names the address express names with ${hops} trusted proxies`, () => {
      for (const header of headers) {
        expect(clientAddress(fake("10.0.0.1", header), hops), `X-Forwarded-For: ${header}`).toBe(
          expressIp(hops, "10.0.0.1", header),
        );
      }
    });
  }

  it("takes the address the farthest trusted proxy saw", () => {
    const request = fake("10.0.0.1", "203.0.113.7, 198.51.100.2");
    expect(clientAddress(request, 1)).toBe("198.51.100.2");
    expect(clientAddress(request, 2)).toBe("203.0.113.7");
    expect(clientAddress(request, 3)).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For without trusted proxies, so a client cannot choose its own key", () => {
    expect(clientAddress(fake("10.0.0.1", "203.0.113.7"), 0)).toBe("10.0.0.1");
  });
});
