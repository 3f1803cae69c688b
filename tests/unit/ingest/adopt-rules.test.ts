/**
 * The parse rules for adopts, on sentences written for these tests (parses recorded in
 * tests/fixtures/parses/adopt-rules.json; GOVGRAPH_RECORD_PARSES=1 re-records).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";
import { typedFacts } from "../../helpers/typed-facts.js";

const nlp = recordedNlp("adopt-rules");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const adoptions = (text: string, title?: string) => typedFacts("adopts", text, { reference, nlp, title });

describe("adopts", () => {
  it("takes the decided thing's noun phrase without the verb's other arguments", async () => {
    expect(
      await adoptions(
        "Der IT-Planungsrat hat am Donnerstag in Hamburg die Gründung einer Arbeitsgruppe für offene Standards beschlossen.",
      ),
    ).toEqual(["IT-Planungsrat -> Gründung einer Arbeitsgruppe für offene Standards"]);
  });

  it("reads a decision taken 'in seiner 40. Sitzung': the ordinal ends no sentence for the model", async () => {
    expect(
      await adoptions(
        "Der IT-Planungsrat hat in seiner 40. Sitzung die Föderale Digitalstrategie beschlossen.",
      ),
    ).toEqual(["IT-Planungsrat -> Föderale Digitalstrategie"]);
  });

  it("splits coordinated objects, each with the genitive they share", async () => {
    expect(
      await adoptions("Der IT-Planungsrat beschließt die Satzung und den Wirtschaftsplan der FITKO."),
    ).toEqual(["IT-Planungsrat -> Satzung der FITKO", "IT-Planungsrat -> Wirtschaftsplan der FITKO"]);
  });

  it("a known actor beside an unknown one adopts, and the unknown one is no object", async () => {
    expect(await adoptions("Der Bund und die Kommunen haben das Onlinezugangsgesetz beschlossen.")).toEqual([
      "Bund -> Onlinezugangsgesetz",
    ]);
  });

  it("reads the agent of an attributive participle, the Länder beside the Bund included", async () => {
    expect(
      await adoptions(
        "Der Landkreistag begrüßt die von Bund und Ländern vereinbarte Agenda für digitale Schulen.",
      ),
    ).toEqual(["Bund -> Agenda für digitale Schulen", "Länder -> Agenda für digitale Schulen"]);
  });

  it("a bare definite law is the law named before", async () => {
    expect(
      await adoptions(
        "Das Onlinezugangsänderungsgesetz war lange umstritten. Der Bundesrat hat dem Gesetz zugestimmt.",
      ),
    ).toEqual(["Bundesrat -> Onlinezugangsänderungsgesetz"]);
  });

  it("an organ adopts for its organisation, and 'u.a.' before the object is no object", async () => {
    expect(
      await adoptions(
        "Das Präsidium des Deutschen Landkreistages hat ein Positionspapier zur Digitalisierung beschlossen. So verabschiedete der IT-Planungsrat u.a. den neuen Standard XBau.",
      ),
    ).toEqual([
      "Deutscher Landkreistag -> Positionspapier zur Digitalisierung",
      "IT-Planungsrat -> neuen Standard XBau",
    ]);
  });

  it("a cabinet adopts for the Land of the article", async () => {
    expect(
      await adoptions(
        "Schleswig-Holstein stellt sich neu auf. Das Kabinett verabschiedete den Masterplan Digitale Verwaltung.",
      ),
    ).toEqual(["Schleswig-Holstein -> Masterplan Digitale Verwaltung"]);
  });

  it("a person or a role seen off ('verabschiedet') is no decision", async () => {
    expect(
      await adoptions(
        "Der IT-Planungsrat tagte in Berlin. Dort wurde der langjährige Präsident in den Ruhestand verabschiedet. Der Rat hat die neue Leiterin verabschiedet.",
      ),
    ).toEqual([]);
  });

  it("an intended or recommended decision, and one that does not say what, adopt nothing", async () => {
    expect(
      await adoptions(
        "Der IT-Planungsrat will im Juni den Standard XBau beschließen. Der IT-Planungsrat empfiehlt der Ministerpräsidentenkonferenz, den Staatsvertrag zu beschließen. Der Bundestag hat das Vorhaben verabschiedet.",
      ),
    ).toEqual([]);
  });
});
