/**
 * The participation rules beyond "beteiligt sich an" (src/ingest/facts/participation-rules.ts),
 * on sentences written for these tests (parses recorded in
 * tests/fixtures/parses/participation-rules.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../../../src/model/fact.js";
import { extractArticles } from "../../../src/ingest/extract.js";
import { REVIEW_THRESHOLD } from "../../../src/ingest/facts/build.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("participation-rules");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

async function participations(text: string) {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2025-03-01",
  });
  return article!.facts.filter((f) => f.type === "participatesIn");
}

/** Facts as "subject -> object", by name (or by id for entities whose display name differs). */
const byName = (f: Fact) => `${f.subject.name} -> ${f.object?.name ?? ""}`;
const byId = (f: Fact) => `${f.subject.id} -> ${f.object?.id ?? ""}`;

async function pairs(text: string, key: (f: Fact) => string = byName): Promise<string[]> {
  return (await participations(text)).map(key).sort();
}

describe("participation in a body's sessions", () => {
  it("reads the represented organisations as taking part in the body named with the sessions", async () => {
    expect(
      await pairs(
        "Die Vertreter der kommunalen Spitzenverbände nehmen an den Sitzungen des IT-Planungsrats teil.",
      ),
    ).toEqual(["kommunalen Spitzenverbände -> IT-Planungsrat"]);
  });

  it("takes the body the article named before when the sessions name none", async () => {
    expect(
      await pairs(
        "Der IT-Planungsrat hat sich neu aufgestellt. Auch die Landesdienstleister nehmen beratend an den Sitzungen teil.",
      ),
    ).toEqual(["Landesdienstleister -> IT-Planungsrat"]);
  });
});

describe("cooperation partners", () => {
  it("splits coordinated partners of a project start with 'gemeinsam mit den Ländern'", async () => {
    expect(
      await pairs("Der Bund startet gemeinsam mit den Ländern Bayern und Hessen die Plattform Bildungsraum."),
    ).toEqual(["Bayern -> Plattform Bildungsraum", "Hessen -> Plattform Bildungsraum"]);
  });

  it("reads the members of a cooperation a project rests on", async () => {
    expect(
      await pairs("Die App Stadtfunk beruht auf einer Kooperation der Stadt Köln und des Landes Hessen."),
    ).toEqual(["Hessen -> App Stadtfunk", "Köln -> App Stadtfunk"]);
  });

  it("reads the subject as the project when the verb of a cooperation has no object", async () => {
    expect(await pairs("Die App Stadtfunk entsteht in Zusammenarbeit mit Dataport.")).toEqual([
      "Dataport -> App Stadtfunk",
    ]);
  });

  it("reads an online service named before for the bare noun the cooperation developed", async () => {
    expect(
      await pairs(
        "Hamburg startet die elektronische Wohnsitzanmeldung. Der Onlinedienst ist in Kooperation mit dem Bundesministerium des Innern entwickelt worden.",
      ),
    ).toEqual(["Bundesministerium des Innern -> OZG-Leistung Wohnsitzanmeldung"]);
  });

  it("names no project by a kind of thing alone", async () => {
    expect(
      await pairs("Die Stadt Köln hat in Zusammenarbeit mit Dataport ein neues Tool eingeführt."),
    ).toEqual([]);
  });

  it("does not take the co-workers of 'gemeinsam mit' for a project", async () => {
    expect(
      await pairs(
        "Gemeinsam mit dem Land Hessen arbeiten die Mitarbeitenden der Abteilung Digitales an neuen Lösungen.",
      ),
    ).toEqual([]);
  });

  it("states nothing for a cooperation that is only intended", async () => {
    expect(
      await pairs("Hamburg will die App Stadtfunk gemeinsam mit den Ländern Bremen und Berlin entwickeln."),
    ).toEqual([]);
  });
});

describe("Länder whose authorities use a service", () => {
  it("reads each Land the authorities belong to, for review", async () => {
    const text = "Die Meldebehörden in Thüringen, Bremen und Sachsen nutzen die Plattform Meldeportal.";
    expect(await pairs(text)).toEqual([
      "Bremen -> Plattform Meldeportal",
      "Sachsen -> Plattform Meldeportal",
      "Thüringen -> Plattform Meldeportal",
    ]);
    expect((await participations(text)).every((f) => f.confidence < REVIEW_THRESHOLD)).toBe(true);
  });
});

describe("Länder of authorities that use nothing named", () => {
  it("states nothing when the authorities are only ready for something other than a service", async () => {
    expect(
      await pairs(
        "Die elektronische Wohnsitzanmeldung wird ausgebaut. Die Kommunen in Bayern und Hessen sind bereit, mehr Personal einzustellen.",
      ),
    ).toEqual([]);
  });
});

describe("partner lists", () => {
  it("reads the known actors listed after a partner noun, but not one named only in part", async () => {
    expect(
      await pairs(
        "Die elektronische Wohnsitzanmeldung wird ausgebaut. Weitere Projektpartner sind Bremen, Thüringen und der Bund Freier Berufe.",
        byId,
      ),
    ).toEqual(["DE-HB -> ozg-ewa", "DE-TH -> ozg-ewa"]);
  });
});

describe("joint undertakings", () => {
  it("read the Länder a joint initiative is of as taking part in the project the item names", async () => {
    expect(
      await pairs(
        "Bremer Initiative KOALA im Bundesrat\n\nDie Senatorin erläuterte eine gemeinsame Initiative der Bundesländer Bremen, Hamburg und Thüringen.",
      ),
    ).toEqual(["Bremen -> KOALA", "Hamburg -> KOALA", "Thüringen -> KOALA"]);
  });

  it("read the subjects of a deed done in a joint project as taking part in it", async () => {
    expect(
      await pairs(
        "Das Projekt KOALA startet im Mai. Das Land Hessen und Dataport haben in einem gemeinsamen Projekt die Grundlagen geschaffen.",
      ),
    ).toEqual(["Dataport -> KOALA", "Hessen -> KOALA"]);
  });

  it("take no one for a partner of an initiative that is not said to be joint", async () => {
    expect(
      await pairs(
        "Bremer Initiative KOALA im Bundesrat\n\nDie Senatorin erläuterte eine Initiative der Bundesländer Bremen und Hamburg.",
      ),
    ).toEqual([]);
  });
});
