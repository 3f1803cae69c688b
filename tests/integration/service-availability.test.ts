import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReader } from "../../src/api/queries/reader.js";
import { serviceAvailability } from "../../src/api/queries/service-availability.js";
import type { Api } from "../../src/api/server.js";
import { generateDataset } from "../../src/generate/generate-dataset.js";
import { loadMunicipalRegister } from "../../src/reference/load-municipal-register.js";
import { createTestApi, execute } from "../helpers/api.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

const QUERY = `
  query ($service: ID!, $state: ID, $limit: Int, $offset: Int) {
    serviceAvailability(service: $service, state: $state) {
      service { id name type }
      total
      municipalities(limit: $limit, offset: $offset) { municipality { id name type } county { id type } status since }
      perCounty { county { id name type } offering municipalities }
    }
  }`;

interface Answer {
  service: { id: string; name: string; type: string } | null;
  total: number;
  municipalities: {
    municipality: { id: string; name: string; type: string };
    county: { id: string; type: string };
    status: string;
    since: string;
  }[];
  perCounty: {
    county: { id: string; name: string; type: string };
    offering: number;
    municipalities: number;
  }[];
}

describe("serviceAvailability over GraphQL on the small generated set", () => {
  let driver: Driver;
  let api: Api;
  const ask = async (variables: Record<string, unknown>) => {
    const result = await execute(api, QUERY, variables);
    return { answer: result.data?.serviceAvailability as Answer | undefined, errors: result.errors };
  };
  const count = async (cypher: string, parameters: Record<string, unknown>): Promise<number> => {
    const { records } = await driver.executeQuery(cypher, parameters, { database: "neo4j" });
    return records[0]!.get(0) as number;
  };

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await loadMunicipalRegister(driver, "neo4j", { stateKeys: ["01", "02"] });
    await generateDataset(driver, "neo4j", { scale: "small", seed: 11 });
    api = await createTestApi(driver);
  });

  afterAll(async () => {
    await api?.apollo.stop();
    await driver?.close();
  });

  it("counts the municipalities of a Land that offer a service online, per county", async () => {
    const { answer, errors } = await ask({ service: "ozg-leistung-001", state: "DE-SH", limit: 500 });
    expect(errors).toBeUndefined();
    const online = await count(
      `MATCH (:Project {id: $service})<-[:OBJECT]-(f:Availability {status: 'online'})-[:SUBJECT]->(m:Municipality)
       WHERE m.id STARTS WITH '01' RETURN count(m)`,
      { service: "ozg-leistung-001" },
    );
    expect(online).toBeGreaterThan(0);
    expect(answer!.service).toMatchObject({ id: "ozg-leistung-001", type: "Project" });
    expect(answer!.total).toBe(online);
    expect(answer!.perCounty.reduce((sum, c) => sum + c.offering, 0)).toBe(online);
    for (const county of answer!.perCounty) {
      expect(county.county.id.startsWith("01")).toBe(true);
      expect(county.county.type).toBe("County");
      expect(county.offering).toBeLessThanOrEqual(county.municipalities);
      expect(county.municipalities).toBe(
        await count("MATCH (:County {id: $id})<-[:IN_COUNTY]-(m) RETURN count(m)", { id: county.county.id }),
      );
    }
    const page = answer!.municipalities;
    expect(page).toHaveLength(Math.min(online, 500));
    expect(page.every((m) => m.status === "online" && m.municipality.id.startsWith(m.county.id))).toBe(true);
    expect(page.every((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.since))).toBe(true);
  });

  it("pages the municipalities by AGS, 100 by default, and agrees with the raw Cypher", async () => {
    const whole = await serviceAvailability(createReader(driver, "neo4j", 10_000), {
      service: "ozg-leistung-001",
    });
    expect(whole.total).toBeGreaterThan(100);
    const first = (await ask({ service: "ozg-leistung-001" })).answer!;
    expect(first.total).toBe(whole.total);
    expect(first.municipalities).toHaveLength(100);
    const second = (await ask({ service: "ozg-leistung-001", limit: 50, offset: 100 })).answer!;
    const ids = [...first.municipalities, ...second.municipalities].map((m) => m.municipality.id);
    expect(ids).toEqual(whole.municipalities.slice(0, 150).map((m) => m.id));
    expect([...ids].sort()).toEqual(ids);
    expect(first.perCounty.map((c) => [c.county.id, c.offering])).toEqual(
      whole.perCounty.map((c) => [c.county.id, c.offering]),
    );
    const beyond = (await ask({ service: "ozg-leistung-001", offset: whole.total })).answer!;
    expect(beyond.municipalities).toEqual([]);
  });

  it("answers an unknown service with nothing, and refuses pages over 500", async () => {
    const { answer } = await ask({ service: "no-such-service" });
    expect(answer).toEqual({ service: null, total: 0, municipalities: [], perCounty: [] });
    const { errors } = await ask({ service: "ozg-leistung-001", limit: 501 });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
