/** `govgraph token`: mints a token for local use from GOVGRAPH_JWT_SECRET (HS256). */
import { type Command, InvalidArgumentError, Option } from "commander";
import { mintToken, type Role, ROLES } from "../../api/index.js";
import { ConfigError } from "../../config/env.js";
import type { Runtime } from "../runtime.js";

const TIME_SPAN =
  /^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|y|year|years)$/i;

function timeSpan(value: string): string {
  if (!TIME_SPAN.test(value)) throw new InvalidArgumentError("expected a time span such as 30m, 8h or 7d");
  return value;
}

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("token")
    .description("print a signed token (JWT) for the API, from GOVGRAPH_JWT_SECRET")
    .addOption(
      new Option("--role <role>", "role of the token holder (admin implies editor)")
        .choices(ROLES)
        .default("editor"),
    )
    .option("--expires <span>", "lifetime, e.g. 30m, 8h, 7d", timeSpan, "8h")
    .option("--subject <name>", "who the token is for (the `sub` claim)")
    .action(async (options: { role: Role; expires: string; subject?: string }) => {
      const { secret, jwksUrl } = runtime().config.auth;
      if (!secret) {
        throw new ConfigError([
          jwksUrl
            ? "GOVGRAPH_JWKS_URL is set: tokens come from the identity provider that publishes those keys"
            : "GOVGRAPH_JWT_SECRET (32+ characters) is needed to mint tokens; the API verifies them with the same secret",
        ]);
      }
      console.log(
        await mintToken({
          secret,
          roles: [options.role],
          expiresIn: options.expires,
          subject: options.subject,
        }),
      );
    });
}
