/**
 * Only editors write: every field of the Mutation type, whatever it is, is called without a
 * token, with an expired token, with a wrongly signed token and with a reader token, and the
 * graph must not change. Arguments are made up from the fields' argument types, so a mutation
 * added later is covered without touching this file.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/auth.js";
import { buildSchema } from "../../src/api/schema.js";
import { createApi, type Api } from "../../src/api/server.js";
import { projectRoot } from "../../src/config/env.js";
import { execute, TEST_JWT_SECRET, testConfig } from "../helpers/api.js";
import { countGraph, resetDatabase, testDriver } from "../helpers/neo4j.js";

const seedsDir = path.resolve(projectRoot, "..", "shared", "seeds");
/** A real news text for `text` arguments, so an unguarded import would really write facts. */
const newsText = readFileSync(
  path.join(
    seedsDir,
    readdirSync(seedsDir).find((f) => f.endsWith(".txt"))!,
  ),
  "utf8",
);

/** A valid value of an input type: required input fields filled in, lists with one element. */
function dummyValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType as GraphQLInputType, depth);
  if (isListType(type)) return [dummyValue(type.ofType as GraphQLInputType, depth)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || depth === 0) value[field.name] = dummyValue(field.type, depth + 1);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return 1;
      case "Float":
        return 0.5;
      case "Boolean":
        return true;
      case "ID":
        return "dummy-id";
      case "Date":
        return "2025-02-07";
      case "DateTime":
        return "2025-02-07T10:00:00Z";
      default:
        // Other strings (a URL, a reason) stay short: an over-long one is refused before any check of the token.
        return "dummy";
    }
  }
  throw new Error(`no dummy value for ${String(type)}`);
}

/** `mutation ($a: T!) { field(a: $a) { __typename } }` with variables for every argument. */
function operationFor(field: GraphQLField<unknown, unknown>): {
  query: string;
  variables: Record<string, unknown>;
} {
  const args = field.args as readonly GraphQLArgument[];
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? "" : " { __typename }";
  return {
    query: `mutation${declarations ? `(${declarations})` : ""} { ${field.name}${passing ? `(${passing})` : ""}${selection} }`,
    variables: Object.fromEntries(
      args.map((arg) => [arg.name, arg.name === "text" ? newsText : dummyValue(arg.type)]),
    ),
  };
}

let driver: Driver;
let api: Api;
let mutations: GraphQLField<unknown, unknown>[];

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  // Something to protect: a Land, a body and a dated fact between them.
  await driver.executeQuery(
    `CREATE (:Entity:State {id: 'DE-MV', name: 'Mecklenburg-Vorpommern', aliases: [], aliasText: ''})
       <-[:SUBJECT]-(:Fact:Chairmanship {id: 'auth-test-chair', type: 'chairs', summary: 'test', confidence: 1.0, year: 2025})
       -[:OBJECT]->(:Entity:Organization {id: 'it-planungsrat', name: 'IT-Planungsrat', aliases: [], aliasText: ''})`,
  );
  const config = testConfig();
  const schema = await buildSchema(driver, config.auth);
  api = await createApi({ config, driver, database: "neo4j", source: "test", schema, log: () => {} });
  mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
});

afterAll(async () => {
  await api?.apollo.stop();
  await driver?.close();
});

const sign = (secret: string, roles: string[], expiresIn = "1h"): Promise<string> =>
  mintToken({ secret, roles: roles as never, expiresIn, subject: "test" });

const callers: { who: string; code: string; authorization: () => Promise<string | undefined> }[] = [
  { who: "no token", code: "UNAUTHENTICATED", authorization: async () => undefined },
  {
    who: "an expired editor token",
    code: "UNAUTHENTICATED",
    authorization: async () => `Bearer ${await sign(TEST_JWT_SECRET, ["editor"], "-1m")}`,
  },
  {
    who: "an editor token signed with another secret",
    code: "UNAUTHENTICATED",
    authorization: async () =>
      `Bearer ${await sign("another-secret-that-is-long-enough-for-hs256-xyz", ["editor"])}`,
  },
  {
    who: "a malformed Authorization header",
    code: "UNAUTHENTICATED",
    authorization: async () => "Token something",
  },
  {
    who: "a reader token (no roles)",
    code: "FORBIDDEN",
    authorization: async () => `Bearer ${await sign(TEST_JWT_SECRET, [])}`,
  },
];

describe("writes need an editor token", () => {
  it("exposes no generated create/update/delete mutations, only custom ones that check the role", () => {
    const generated = mutations.filter((field) => /^(create|update|delete)[A-Z]/.test(field.name));
    expect(generated.map((field) => field.name)).toEqual([]);
    // Every mutation there is gets exercised by the tests below; none is a reason to skip them.
    expect(Array.isArray(mutations)).toBe(true);
  });

  for (const caller of callers) {
    it(`refuses every mutation with ${caller.who} (${caller.code}) and writes nothing`, async () => {
      const before = await countGraph(driver);
      const authorization = await caller.authorization();
      for (const field of mutations) {
        const { query, variables } = operationFor(field);
        const result = await execute(api, query, variables, authorization);
        expect(result.errors?.[0]?.extensions?.code, `${field.name} with ${caller.who}`).toBe(caller.code);
        expect(result.data?.[field.name] ?? null).toBeNull();
      }
      expect(await countGraph(driver)).toEqual(before);
    });
  }

  it("admits an admin as an editor and refuses nobody's reads", async () => {
    const reader = await execute(api, "{ chairs(year: 2025) { fact } }");
    expect(reader.errors).toBeUndefined();
    const admin = `Bearer ${await sign(TEST_JWT_SECRET, ["admin"])}`;
    const viewer = (await api.contextFor(admin)).viewer;
    expect(viewer.jwt?.roles).toEqual(["admin"]);
    const { requireEditor } = await import("../../src/api/auth.js");
    expect(() => requireEditor(viewer)).not.toThrow();
    expect(() => requireEditor({ jwt: { roles: [] }, tokenProblem: undefined })).toThrow(/editor role/);
  });
});
