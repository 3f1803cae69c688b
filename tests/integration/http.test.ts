import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Api } from "../../src/api/server.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { createTestApi } from "../helpers/api.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
let api: Api;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await seedDatabase(driver, "neo4j");
  api = await createTestApi(driver);
  server = await api.listen();
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
});

const post = (body: unknown): Promise<Response> =>
  fetch(`${server.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("the HTTP API", () => {
  it("reports Neo4j's state at /health", async () => {
    const response = await fetch(`${server.url}health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", neo4j: { status: "up" } });
  });

  it("answers the skeleton's question over HTTP", async () => {
    const response = await post({
      query: `{ chairs(year: 2025) { body { id } holder { id } sources { quote } } }`,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { chairs: { body: { id: string }; holder: { id: string } }[] };
    };
    expect(body.data.chairs).toContainEqual(
      expect.objectContaining({ body: { id: "it-planungsrat" }, holder: { id: "DE-MV" } }),
    );
  });

  it("answers a query for an unknown field with a coded error", async () => {
    const response = await post({ query: `{ chairs { noSuchField } }` });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers an empty required argument with BAD_USER_INPUT", async () => {
    const response = await post({ query: `{ timeline(entity: " ") { fact } }` });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
  });
});
