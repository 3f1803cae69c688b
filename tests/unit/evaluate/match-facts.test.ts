import { describe, expect, it } from "vitest";
import { distinctClaims, type GoldFact } from "../../../src/evaluate/corpus.js";
import { canMatch, matchFacts } from "../../../src/evaluate/match-facts.js";
import { assignMaximum } from "../../../src/evaluate/assign.js";
import { NameResolver } from "../../../src/evaluate/name-resolver.js";
import type { EntityRef } from "../../../src/model/fact.js";
import { entities, predicted, smallReference, smallResolver } from "./reference.js";

const resolver = smallResolver();
const gold = (fact: Omit<GoldFact, "quote">): GoldFact => ({ quote: "…", ...fact });

describe("one-to-one matching", () => {
  it("pairs one gold fact with one of several identical predictions", () => {
    const pairs = matchFacts(
      [gold({ type: "holdsOffice", subject: "Anna Beck", object: "Hessen" })],
      [
        predicted("holdsOffice", "Anna Beck", entities.hessen),
        predicted("holdsOffice", "Anna Beck", entities.hessen),
      ],
      resolver,
    );
    expect(pairs).toHaveLength(1);
  });

  it("finds the largest set of pairs, not the first one greedily", () => {
    // Prediction 0 fits both gold facts, prediction 1 only the first: both must be matched.
    const pairs = assignMaximum([
      [1, 1],
      [1, 0],
    ]);
    expect(pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("leaves pairs of weight zero out, with more predictions than gold facts", () => {
    expect(assignMaximum([[0, 0, 5]])).toEqual([[0, 2]]);
    expect(assignMaximum([])).toEqual([]);
  });

  it("prefers the pair whose date agrees when two pairings are equally large", () => {
    const pairs = matchFacts(
      [gold({ type: "chairs", subject: "Hessen", object: "IT-Planungsrat", year: 2024 })],
      [
        predicted("chairs", entities.hessen, entities.itPlanungsrat, { year: 2023, precision: "year" }),
        predicted("chairs", entities.hessen, entities.itPlanungsrat, { year: 2024, precision: "year" }),
      ],
      resolver,
    );
    expect(pairs).toEqual([{ gold: 0, predicted: 1, dates: "right" }]);
  });

  it("pairs each of two offices of one person with the prediction of the same role", () => {
    const offices = [
      gold({ type: "holdsOffice", subject: "Anna Beck", object: "Hessen", role: "Staatssekretärin" }),
      gold({ type: "holdsOffice", subject: "Anna Beck", object: "Hessen", role: "CIO des Landes" }),
    ];
    const pairs = matchFacts(
      offices,
      [
        predicted("holdsOffice", "Anna Beck", entities.hessen, { role: "Landes-CIO" }),
        predicted("holdsOffice", "Anna Beck", entities.hessen, { role: "Staatssekretärin" }),
      ],
      resolver,
    );
    expect(pairs.map(({ gold: g, predicted: p }) => [g, p])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("counts a claim that gold repeats for a second sentence once", () => {
    const twice = [
      { ...gold({ type: "usesService", subject: "Bauantrag", object: "Hessen" }), quote: "Erster Satz." },
      { ...gold({ type: "usesService", subject: "Bauantrag", object: "Hessen" }), quote: "Zweiter Satz." },
      gold({ type: "funds", subject: "Bund", object: "Digitalpakt", amount: 5 }),
      gold({ type: "funds", subject: "Bund", object: "Digitalpakt", amount: 6 }),
    ];
    expect(distinctClaims(twice).map((fact) => fact.quote)).toEqual(["Erster Satz.", "…", "…"]);
  });

  it("needs the same fact type", () => {
    expect(
      canMatch(
        gold({ type: "memberOf", subject: "Hessen", object: "IT-Planungsrat" }),
        predicted("chairs", entities.hessen, entities.itPlanungsrat),
        resolver,
      ),
    ).toBe(false);
  });
});

describe("participants resolved to entities", () => {
  const chairs = (subject: string) => gold({ type: "chairs", subject, object: "IT-Planungsrat" });

  it("resolves a Land in an inflected form and the Bund by its government's name", () => {
    expect(
      canMatch(chairs("Hessens"), predicted("chairs", entities.hessen, entities.itPlanungsrat), resolver),
    ).toBe(true);
    expect(
      canMatch(chairs("Land Hessen"), predicted("chairs", entities.hessen, entities.itPlanungsrat), resolver),
    ).toBe(true);
    expect(
      canMatch(
        chairs("Bundesregierung"),
        predicted("chairs", entities.bund, entities.itPlanungsrat),
        resolver,
      ),
    ).toBe(true);
    expect(
      canMatch(chairs("Bund"), predicted("chairs", entities.hessen, entities.itPlanungsrat), resolver),
    ).toBe(false);
  });

  it("matches a body named with its genitive or an organ of it, not a thing merely named after it", () => {
    const member = (object: string) => gold({ type: "memberOf", subject: "Anna Beck", object });
    const newBody = entities.org("it-planungsrats", "IT-Planungsrats");
    expect(canMatch(member("IT-Planungsrat"), predicted("memberOf", "Anna Beck", newBody), resolver)).toBe(
      true,
    );
    expect(
      canMatch(
        member("Vorstand von Dataport"),
        predicted("memberOf", "Anna Beck", entities.dataport),
        resolver,
      ),
    ).toBe(true);
    // (and with the abbreviation in parentheses after its name)
    expect(
      canMatch(
        member("Aufsichtsrat von Dataport (DP)"),
        predicted("memberOf", "Anna Beck", entities.dataport),
        resolver,
      ),
    ).toBe(true);
    const kommunen = gold({
      type: "usesService",
      subject: "Onlinedienst",
      object: "Kommunen in Schleswig-Holstein",
    });
    const state = { id: "DE-SH", name: "Schleswig-Holstein", type: "State" as const };
    expect(
      canMatch(kommunen, predicted("usesService", entities.org("x", "Onlinedienst"), state), resolver),
    ).toBe(false);
  });
});

describe("persons by full name", () => {
  const office = (subject: string) => gold({ type: "holdsOffice", subject, object: "Bund" });

  it("drops academic titles and party tags", () => {
    expect(
      canMatch(office("Dr. Anna Beck (SPD)"), predicted("holdsOffice", "Anna Beck", entities.bund), resolver),
    ).toBe(true);
    expect(
      canMatch(
        office("Prof. Dr. Anna Beck"),
        predicted("holdsOffice", "Dr. Anna Beck", entities.bund),
        resolver,
      ),
    ).toBe(true);
  });

  it("matches a known person by the reference id whatever the gold spelling", () => {
    const richter = { id: "markus-richter", name: "Markus Richter", type: "Person" as const };
    expect(
      canMatch(office("Dr. Markus Richter"), predicted("holdsOffice", richter, entities.bund), resolver),
    ).toBe(true);
  });

  it("takes neither a surname alone nor a fused name for the person", () => {
    expect(canMatch(office("Anna Beck"), predicted("holdsOffice", "Beck", entities.bund), resolver)).toBe(
      false,
    );
    expect(
      canMatch(office("Anna Beck"), predicted("holdsOffice", "Anna Beck Maier", entities.bund), resolver),
    ).toBe(false);
  });
});

describe("free-text objects by content words", () => {
  const adopts = (object: string) => gold({ type: "adopts", subject: "IT-Planungsrat", object });
  const withText = (text: string) => predicted("adopts", entities.itPlanungsrat, undefined, { text });

  it("matches a text that shares at least half of all content words", () => {
    expect(
      canMatch(adopts("Föderale Digitalstrategie"), withText("die föderale Digitalstrategie"), resolver),
    ).toBe(true);
    expect(
      canMatch(
        adopts("Strategie zur Registermodernisierung"),
        withText("Strategie der Registermodernisierung 2025"),
        resolver,
      ),
    ).toBe(true);
  });

  it("drops stop words with an umlaut ('für', 'über') like the others", () => {
    expect(
      canMatch(adopts("Grundgesetzänderung für den Digitalpakt"), withText("Grundgesetzänderung"), resolver),
    ).toBe(true);
  });

  it("does not let a long prediction that contains the gold text through", () => {
    expect(
      canMatch(
        adopts("Föderale Digitalstrategie"),
        withText(
          "Föderale Digitalstrategie, Haushalt, Geschäftsordnung und Standardisierungsagenda beschlossen",
        ),
        resolver,
      ),
    ).toBe(false);
  });

  it("reads a parenthesis on either side as a gloss the other need not repeat", () => {
    const gloss = "(Online-Anmeldung für Kindertagesstätten)";
    expect(canMatch(adopts(`Projekt „Kita-Navi“ ${gloss}`), withText("Kita-Navi"), resolver)).toBe(true);
    expect(canMatch(adopts("Kita-Navi"), withText(`Kita-Navi ${gloss}`), resolver)).toBe(true);
  });

  it("does not let a short prediction that covers a fraction of the gold text through", () => {
    expect(
      canMatch(
        adopts("Leitlinien für den Betrieb der Verwaltungscloud"),
        withText("Verwaltungscloud"),
        resolver,
      ),
    ).toBe(false);
  });
});

describe("a known project against a name with its kind word", () => {
  const withProject = NameResolver.fromReference({
    ...smallReference,
    projects: [{ id: "kita-navi", name: "Kita-Navi", kind: "platform", aliases: [] }],
  });
  const project = { id: "kita-navi", name: "Kita-Navi", type: "Project" } as EntityRef;
  const takesPart = (object: string) => gold({ type: "participatesIn", subject: "Hessen", object });

  it("is the project whatever kind word the gold puts before it", () => {
    for (const name of ["Projekt „Kita-Navi“", "Plattform Kita-Navi", "Pilotprojekt Kita-Navi"])
      expect(
        canMatch(takesPart(name), predicted("participatesIn", entities.hessen, project), withProject),
      ).toBe(true);
  });

  it("is not a name with other words beside the project's", () => {
    expect(
      canMatch(
        takesPart("Haushalt für Kita-Navi"),
        predicted("participatesIn", entities.hessen, project),
        withProject,
      ),
    ).toBe(false);
  });
});

describe("a town whose name two towns share", () => {
  const twoLages = NameResolver.fromReference({
    ...smallReference,
    municipalities: [
      { key: "03456013", name: "Lage", stateKey: "03", kind: "Stadt" },
      { key: "05766040", name: "Lage", stateKey: "05", kind: "Stadt" },
    ],
  });
  const lage = (key: string): EntityRef => ({ id: key, name: "Lage", type: "Municipality" });

  it("matches the gold name with either, since its words cannot tell them apart", () => {
    const office = gold({ type: "holdsOffice", subject: "Anna Beck", object: "Stadt Lage" });
    expect(canMatch(office, predicted("holdsOffice", "Anna Beck", lage("05766040")), twoLages)).toBe(true);
    expect(canMatch(office, predicted("holdsOffice", "Anna Beck", lage("03456013")), twoLages)).toBe(true);
  });

  it("still tells a town from another of another name", () => {
    const office = gold({ type: "holdsOffice", subject: "Anna Beck", object: "Stadt Lage" });
    const other: EntityRef = { id: "05766044", name: "Detmold", type: "Municipality" };
    expect(canMatch(office, predicted("holdsOffice", "Anna Beck", other), twoLages)).toBe(false);
  });
});
