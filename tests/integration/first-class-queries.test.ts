import { describe, expect, it } from "vitest";
import { execute } from "../helpers/api.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const graph = useSeededApi();

describe("first-class queries on the seeded graph", () => {
  it("answers that Mecklenburg-Vorpommern chairs the IT-Planungsrat in 2025, with its source", async () => {
    const result = await execute(
      graph.api,
      `{ chairs(year: 2025) { year body { id name } holder { id name type } sources { title publishedAt quote } } }`,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.chairs as {
      year: number;
      body: { id: string };
      holder: { id: string; type: string };
      sources: { quote: string; publishedAt: string }[];
    }[];
    // The Land that chairs; the persons who chaired for it are rows of their own.
    const itplr = rows.find((row) => row.body.id === "it-planungsrat" && row.holder.type === "State");
    expect(itplr?.holder).toMatchObject({ id: "DE-MV", type: "State" });
    expect(
      rows.filter((row) => row.body.id === "it-planungsrat" && row.holder.type === "State"),
    ).toHaveLength(1);
    expect(itplr?.year).toBe(2025);
    expect(itplr?.sources.length).toBeGreaterThan(0);
    expect(itplr?.sources[0]!.quote.length).toBeGreaterThan(10);
    // Oldest first, undated pages last; the seed news item of 13 January 2025 is among them.
    const days = itplr!.sources.map((source) => source.publishedAt ?? "9999-12-31");
    expect(days).toEqual([...days].sort());
    expect(itplr!.sources.map((source) => source.publishedAt)).toContain("2025-01-13");
  });

  it("answers that Schleswig-Holstein chairs the D16 in 2021", async () => {
    const result = await execute(graph.api, `{ chairs(year: 2021) { body { id } holder { id } } }`);
    expect(result.data!.chairs).toContainEqual({ body: { id: "d16" }, holder: { id: "DE-SH" } });
  });

  it("filters chairs by body and by holder", async () => {
    const byBody = await execute(graph.api, `{ chairs(body: "it-planungsrat") { holder { id } year } }`);
    expect((byBody.data!.chairs as unknown[]).length).toBeGreaterThan(0);
    const byHolder = await execute(graph.api, `{ chairs(holder: "DE-SH") { body { id } } }`);
    expect(byHolder.data!.chairs).toContainEqual({ body: { id: "d16" } });
    const none = await execute(graph.api, `{ chairs(year: 1990) { fact } }`);
    expect(none.data!.chairs).toEqual([]);
  });

  it("lists Daniela Dylakiewicz as CIO of Sachsen on 2025-02-07", async () => {
    const result = await execute(
      graph.api,
      `{ officeHolders(organization: "DE-SN", at: "2025-02-07") { person { id name } role from sources { quote } } }`,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.officeHolders as { person: { id: string }; role: string; from: string }[];
    expect(rows).toContainEqual(
      expect.objectContaining({
        person: { id: "daniela-dylakiewicz", name: "Daniela Dylakiewicz" },
        role: "CIO",
        from: "2025-02-07",
      }),
    );
    const before = await execute(
      graph.api,
      `{ officeHolders(organization: "DE-SN", at: "2024-12-31") { person { id } } }`,
    );
    const holdersBefore = (before.data!.officeHolders as { person: { id: string } }[]).map(
      (row) => row.person.id,
    );
    expect(holdersBefore).not.toContain("daniela-dylakiewicz");
    expect(holdersBefore).toContain("thomas-popp");
  });

  it("finds the projects Brandenburg leads through the generated API", async () => {
    const result = await execute(
      graph.api,
      `{ states(where: { id: { eq: "DE-BB" } }) { name leadsProjects { id name } } }`,
    );
    expect(result.errors).toBeUndefined();
    const [brandenburg] = result.data!.states as { leadsProjects: { name: string }[] }[];
    expect(brandenburg!.leadsProjects.map((p) => p.name).join(" ")).toMatch(/Aufenthalt/);
  });

  it("finds both DigitalPakt programmes by full-text search", async () => {
    const result = await execute(graph.api, `{ search(text: "Digitalpakt") { id name type score } }`);
    expect(result.errors).toBeUndefined();
    const hits = result.data!.search as { id: string; type: string }[];
    expect(
      hits
        .slice(0, 2)
        .map((h) => `${h.type}:${h.id}`)
        .sort(),
    ).toEqual(["Project:digitalpakt-schule", "Project:digitalpakt-schule-2-0"]);
  });

  it("lists the dated Brandenburg facts oldest first", async () => {
    const result = await execute(
      graph.api,
      `{ timeline(entity: "DE-BB") { date precision type summary quote entities { id } sources { title } } }`,
    );
    expect(result.errors).toBeUndefined();
    const entries = result.data!.timeline as { date: string | null; type: string }[];
    expect(entries.length).toBeGreaterThan(1);
    const dates = entries.map((entry) => entry.date).filter((date): date is string => date !== null);
    expect(dates).toEqual([...dates].sort());
    expect(entries.map((entry) => entry.type)).toContain("leads");
  });

  it("returns a neighbourhood whose edges are facts between returned nodes", async () => {
    const result = await execute(
      graph.api,
      `{ neighborhood(id: "DE-MV", depth: 1) { nodes { id type } edges { source target type fact } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { nodes, edges } = result.data!.neighborhood as {
      nodes: { id: string }[];
      edges: { source: string; target: string; type: string }[];
    };
    const ids = new Set(nodes.map((node) => node.id));
    expect(ids.has("DE-MV") && ids.has("it-planungsrat")).toBe(true);
    expect(edges).toContainEqual(
      expect.objectContaining({ source: "DE-MV", target: "it-planungsrat", type: "chairs" }),
    );
    for (const edge of edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it("connects two entities through facts, or returns an empty subgraph when no path exists", async () => {
    const linked = await execute(
      graph.api,
      `{ connection(from: "DE-SH", to: "jan-philipp-albrecht") { nodes { id } edges { type } } }`,
    );
    expect((linked.data!.connection as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(["DE-SH", "jan-philipp-albrecht"]),
    );
    const unknown = await execute(
      graph.api,
      `{ connection(from: "DE-SH", to: "no-such-entity") { nodes { id } } }`,
    );
    expect(unknown.data!.connection).toEqual({ nodes: [] });
  });

  it("answers a malformed query with a coded error", async () => {
    const result = await execute(graph.api, `{ chairs(year: "zwanzig") { fact } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
