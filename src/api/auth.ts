/**
 * Reads the bearer token of a request. Reads are public; every write checks `requireEditor`.
 * Tokens are JWTs signed with GOVGRAPH_JWT_SECRET (HS256) or by the keys at GOVGRAPH_JWKS_URL,
 * with a `roles` claim ("editor", "admin").
 */
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { Config } from "../config/env.js";
import { ErrorCode, GovGraphError } from "./errors.js";

/** The roles a token can carry. `admin` implies `editor`; a token without roles is a reader's. */
export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** The verified claims, or undefined for anonymous requests and tokens that failed verification. */
  jwt: (JWTPayload & { roles?: string[] }) | undefined;
  /** Why a presented token was refused, for the error a write gets. */
  tokenProblem: string | undefined;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

export function createTokenVerifier(auth: Config["auth"]): TokenVerifier {
  const key = auth.secret
    ? new TextEncoder().encode(auth.secret)
    : auth.jwksUrl
      ? createRemoteJWKSet(new URL(auth.jwksUrl))
      : undefined;
  return async (authorization) => {
    if (!authorization) return { jwt: undefined, tokenProblem: undefined };
    const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
    if (!token) return { jwt: undefined, tokenProblem: "the Authorization header is not 'Bearer <token>'" };
    // Without a configured key no token can pass; the answer does not say why.
    if (!key) return { jwt: undefined, tokenProblem: "the token was refused" };
    try {
      const { payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        algorithms: auth.secret ? ["HS256"] : undefined,
      });
      const roles = Array.isArray(payload.roles)
        ? payload.roles.filter((r): r is string => typeof r === "string")
        : [];
      return { jwt: { ...payload, roles }, tokenProblem: undefined };
    } catch (error) {
      return {
        jwt: undefined,
        tokenProblem: `the token was refused (${(error as { code?: string }).code ?? "invalid"})`,
      };
    }
  };
}

/** True when a verified token carries the role (admin implies editor). */
export function hasRole(viewer: Viewer, role: Role): boolean {
  const roles = viewer.jwt?.roles ?? [];
  return roles.includes("admin") || roles.includes(role);
}

/** Throws UNAUTHENTICATED without a valid token, FORBIDDEN when the token lacks the editor role. */
export function requireEditor(viewer: Viewer, what = "Writing"): void {
  if (!viewer.jwt) {
    throw new GovGraphError(
      ErrorCode.UNAUTHENTICATED,
      `${what} needs an editor token${viewer.tokenProblem ? `: ${viewer.tokenProblem}` : ""}.`,
    );
  }
  if (!hasRole(viewer, "editor"))
    throw new GovGraphError(ErrorCode.FORBIDDEN, `${what} needs the editor role.`);
}

export interface TokenRequest {
  secret: string;
  roles: Role[];
  /** A jose time span such as "8h", "30m" or "7d". */
  expiresIn: string;
  subject?: string;
}

/** Mints an HS256 token with a `roles` claim, as `govgraph token` prints it. */
export async function mintToken(request: TokenRequest): Promise<string> {
  const jwt = new SignJWT({ roles: request.roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt()
    .setExpirationTime(request.expiresIn);
  if (request.subject) jwt.setSubject(request.subject);
  return jwt.sign(new TextEncoder().encode(request.secret));
}
