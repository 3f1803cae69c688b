/**
 * The client's address as express reads it (`request.ip`) with `trust proxy` set to a number of
 * proxies: the socket's peer, or, behind `trustedHops` proxies, the address that many entries
 * from the end of `X-Forwarded-For` (never further than the header goes). For requests served
 * without express (src/api/plain-graphql-posts.ts), so the rate limit keys them alike.
 */
import type { IncomingMessage } from "node:http";

export function clientAddress(request: IncomingMessage, trustedHops: number): string | undefined {
  const peer = request.socket.remoteAddress;
  const header = request.headers["x-forwarded-for"];
  if (trustedHops === 0 || !header) return peer;
  const forwarded = (Array.isArray(header) ? header.join(",") : header)
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  // The nearest proxy appended last: the peer first, then the header from its end.
  const addresses = [peer, ...forwarded.reverse()];
  return addresses[Math.min(trustedHops, addresses.length - 1)];
}
