import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { createTokenVerifier, mintToken, requireEditor } from "../../../src/api/auth.js";

const secret = "unit-test-secret-that-is-long-enough-0123456789";

describe("tokens", () => {
  it("mints an HS256 token with roles, subject and expiry that the API's verifier accepts", async () => {
    const token = await mintToken({ secret, roles: ["editor"], expiresIn: "8h", subject: "redaktion" });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ roles: ["editor"], sub: "redaktion" });
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
    const viewer = await createTokenVerifier({ secret, jwksUrl: undefined })(`Bearer ${token}`);
    expect(viewer.jwt?.roles).toEqual(["editor"]);
    expect(() => requireEditor(viewer)).not.toThrow();
  });

  it("refuses expired and foreign tokens with the reason", async () => {
    const verify = createTokenVerifier({ secret, jwksUrl: undefined });
    const expired = await mintToken({ secret, roles: ["admin"], expiresIn: "-1s" });
    expect((await verify(`Bearer ${expired}`)).tokenProblem).toMatch(/ERR_JWT_EXPIRED/);
    const foreign = await mintToken({ secret: `${secret}-other`, roles: ["admin"], expiresIn: "1h" });
    const viewer = await verify(`Bearer ${foreign}`);
    expect(viewer.jwt).toBeUndefined();
    expect(() => requireEditor(viewer)).toThrow(
      expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } }),
    );
  });
});
