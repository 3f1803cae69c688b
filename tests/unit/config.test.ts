import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/env.js";

describe("configuration", () => {
  it("has working defaults: embedded Neo4j, port 4000, read-only", () => {
    const config = loadConfig({});
    expect(config.neo4j).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.auth).toEqual({ secret: undefined, jwksUrl: undefined });
  });

  it("uses NEO4J_URI with its credentials when set", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://example.databases.neo4j.io",
      NEO4J_USER: "u",
      NEO4J_PASSWORD: "p",
    });
    expect(config.neo4j).toMatchObject({
      uri: "neo4j+s://example.databases.neo4j.io",
      user: "u",
      password: "p",
    });
  });

  it("reports every problem at once", () => {
    try {
      loadConfig({ PORT: "seventy", NEO4J_URI: "http://localhost:7474", GOVGRAPH_JWT_SECRET: "short" });
      expect.unreachable("loadConfig should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/NEO4J_URI/);
      expect(problems).toMatch(/GOVGRAPH_JWT_SECRET/);
    }
  });

  it("loads the municipal register with the seed unless GOVGRAPH_SEED_MUNICIPALITIES is false", () => {
    expect(loadConfig({}).seedMunicipalities).toBe(true);
    expect(loadConfig({ GOVGRAPH_SEED_MUNICIPALITIES: "false" }).seedMunicipalities).toBe(false);
    expect(() => loadConfig({ GOVGRAPH_SEED_MUNICIPALITIES: "no" })).toThrow(ConfigError);
  });
});
