/**
 * Whose an office is where the sentence does not name its owner in full: the Land the sentence
 * names by its adjective before a Land named earlier, the Bund of a federal item that names Berlin
 * only as the place things happen, and a post someone "bekleidet". Sentences written for this test
 * (parses in tests/fixtures/parses/office-sentence-owners.json).
 */
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../../src/evaluate/corpus.js";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("office-sentence-owners");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office);

describe("the owner of an office the sentence names without it", () => {
  it("is the Bund in a federal item that names Berlin only as the place of its news, however often", async () => {
    expect(
      await offices(
        "Die künftige Bundesregierung nimmt Formen an. Das gab die CDU am Montag in Berlin bekannt. Die Managerin Anna Keller soll neue Wirtschaftsministerin werden. Das teilte die Partei nach einer Sitzung in Berlin mit.",
      ),
    ).toEqual(["Anna Keller -> Bund (Wirtschaftsministerin)"]);
  });

  it("is the one Land the sentence names by its adjective, not one named in an earlier sentence", async () => {
    expect(
      await offices(
        "München verwies Hamburg auf den zweiten Platz. Am Donnerstag verkündete der bayerische Vizeministerpräsident im Landtag, dass Fabian Moser künftig den Posten des Ministers für Digitales bekleiden wird.",
      ),
    ).toEqual(["Fabian Moser -> Bayern (Minister für Digitales)"]);
  });
});

describe("a post someone 'bekleidet'", () => {
  it("is held by the subject the parser reads as a passive one", async () => {
    expect(
      await offices(
        "Fabian Moser wird künftig den Posten des bayerischen Ministers für Digitales bekleiden.",
      ),
    ).toEqual(["Fabian Moser -> Bayern (Minister für Digitales)"]);
  });

  it("is held by the one named with 'mit' where a party fills it", async () => {
    expect(
      await offices(
        "Der Parteichef verkündete im bayerischen Landtag, dass seine Partei mit Fabian Moser künftig den Posten des Ministers für Digitales bekleiden wird.",
      ),
    ).toEqual(["Fabian Moser -> Bayern (Minister für Digitales)"]);
  });
});

describe("a ministry taken over", () => {
  it("is led by whoever takes it over, named as one word, and is the government's of the item", async () => {
    expect(
      await offices(
        "Die künftige Bundesregierung nimmt Formen an. Patrick Schmitz werde das Verkehrsministerium übernehmen.",
      ),
    ).toEqual(["Patrick Schmitz -> Bund (Leitung)"]);
  });

  it("is not of a body named deeper in another phrase of the verb", async () => {
    const found = await offices(
      "Die Bundesregierung ist im Umbruch. Nach dem Wechsel auf den Chefposten der Landesgruppe im Deutschen Bundestag übernahm Peter Lang kommissarisch auch das Verkehrsministerium.",
    );
    expect(found).toContain("Peter Lang -> Bund (Leitung)");
    expect(found.filter((f) => f.includes("Bundestag"))).toEqual([]);
  });
});

describe("a list of mayors, each with the town they come from", () => {
  it("gives each the town named after 'aus', a small one too, and the first no other town", async () => {
    expect(
      await offices(
        "Die Hauptversammlung hat die Oberbürgermeister Peter Kamp aus Kiel, Paul Claus aus Bielefeld und Katrin Wolff aus Eisenach bestätigt.",
      ),
    ).toEqual([
      "Peter Kamp -> Kiel (Oberbürgermeister)",
      "Paul Claus -> Bielefeld (Oberbürgermeister)",
      "Katrin Wolff -> Eisenach (Oberbürgermeisterin)",
    ]);
  });

  it("gives the first name its own town where another reading of the role gave it the last one", async () => {
    // A real sentence (tests/fixtures/corpus/tuning/bodies.json, item f209), where the parse hangs
    // the last town on the role before the first name.
    const item = readCorpus("tests/fixtures/corpus/tuning/bodies.json").find((i) => i.id === "f209")!;
    const sentence = /[^.]*aus Eisenach bestätigt\./.exec(item.text)![0].trim();
    const found = await offices(sentence);
    expect(found.filter((f) => f.startsWith("Ulf Kämpfer") && f.endsWith("(Oberbürgermeister)"))).toEqual([
      "Ulf Kämpfer -> Kiel (Oberbürgermeister)",
    ]);
    expect(found).toContain("Katja Wolf -> Eisenach (Oberbürgermeisterin)");
  });
});

describe("the head of a municipal IT provider run as a Zweckverband", () => {
  it("is its Verbandsvorsteher, of the provider the sentence names", async () => {
    expect(
      await offices(
        "Die Verbandsmitglieder der ITK Rheinland haben Dr. Petra Lenz als neue Verbandsvorsteherin gewählt.",
      ),
    ).toEqual(["Petra Lenz -> ITK Rheinland (Verbandsvorsteherin)"]);
  });
});

describe("an office an assembly elects to", () => {
  it("is of the organisation whose assembly elects, where the parser swaps subject and object", async () => {
    expect(
      await offices(
        "Die Mitgliederversammlung von Vitako hat Jana Brandt zum stellvertretenden Vorsitzenden gewählt.",
      ),
    ).toEqual(["Jana Brandt -> Vitako (stellvertretender Vorsitzender)"]);
  });
});

describe("an office a town's council elects to", () => {
  it("is the town's, by the council's adjective or genitive, but a committee's chair is no office of the town", async () => {
    expect(
      await offices(
        "Der Münchner Stadtrat hat den Informatiker Tobias Brenner zum Leiter des neuen IT-Referats gewählt.",
      ),
    ).toEqual(["Tobias Brenner -> München (Leiter)"]);
    expect(
      await offices("Der Kreistag des Landkreises Harz wählte Anna Lenz zur Leiterin des Amtes."),
    ).toEqual(["Anna Lenz -> Landkreis Harz (Leiterin)"]);
    expect(
      await offices("Der Kölner Stadtrat wählte Anna Lenz zur Vorsitzenden des Digitalausschusses."),
    ).toEqual([]);
  });
});

describe("a mayor's town named in the genitive", () => {
  it("is the town, not the county in the parenthesis after it", async () => {
    expect(
      await offices(
        "Zuvor war Andreas Brenner zwischen 2006 und 2013 hauptamtlicher Bürgermeister der Stadt Melle (Landkreis Osnabrück).",
      ),
    ).toEqual(["Andreas Brenner -> Melle (Bürgermeister)"]);
  });
});

describe("a bare chair's deputy", () => {
  it("is of the association named before where no body is named", async () => {
    expect(
      await offices(
        "Die Verbandsversammlung der Vitako tagte in Berlin. Dabei wurde Jana Brandt zur stellvertretenden Vorsitzenden gewählt.",
      ),
    ).toEqual(["Jana Brandt -> Vitako (stellvertretende Vorsitzende)"]);
  });
});

describe("a phrase of where one speaks", () => {
  it("names no owner of the speaker's office ('vor dem Bundesrat')", async () => {
    const found = await offices(
      '"Das soll künftig einfacher werden", erklärte heute Bürgermeisterin Anna Brandt vor dem Bundesrat.',
    );
    expect(found.filter((f) => f.includes("Bundesrat"))).toEqual([]);
  });

  it("names no owner, and no body chaired, in a place phrase set off by a comma", async () => {
    const text =
      "An diesem Donnerstag verkündete Peter Lenz, Vorsitzender Freie Wähler und bayerischer Vizeministerpräsident, im bayerischen Landtag, dass seine Partei künftig den Posten bekleiden wird.";
    expect((await offices(text)).filter((f) => f.includes("Landtag"))).toEqual([]);
    expect(await facts(text, "chairs")).toEqual([]);
  });
});

describe("the Land of an item that names no Land", () => {
  it("is the Land of the town the item names (here its capital)", async () => {
    expect(
      await offices(
        "Wiesbaden. Das Kabinett hat am Dienstag getagt. Staatskanzleichef Peter Lenz erklärte, die Verwaltung werde digital.",
      ),
    ).toEqual(["Peter Lenz -> Hessen (Staatskanzleichef)"]);
  });

  it("is the Land the item names, not the one of the town it names", async () => {
    expect(
      await offices(
        "Wiesbaden. Das Kabinett in Bayern hat am Dienstag getagt. Staatskanzleichef Peter Lenz erklärte, die Verwaltung werde digital.",
      ),
    ).toEqual(["Peter Lenz -> Bayern (Staatskanzleichef)"]);
  });
});
