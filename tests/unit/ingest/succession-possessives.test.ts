/**
 * Successions stated with a possessive for the person named before ("Sein Nachfolger wird X",
 * "Ihr Vorgänger war X") and the predecessor noun, on sentences written for these tests (parses in
 * tests/fixtures/parses/succession-possessives.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { destination, pair, portalItemFacts } from "../../helpers/portal-item.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("succession-possessives");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The successions of an article as "successor -> predecessor (review|graph)". */
async function successions(text: string): Promise<string[]> {
  return (await portalItemFacts(text, "succeeds", reference, nlp)).map(
    (f) => `${pair(f)} (${destination(f)})`,
  );
}

describe("a successor named by a possessive", () => {
  it("succeeds the man 'sein' stands for, as the predicate or the verb's other argument", async () => {
    expect(
      await successions(
        "Peter Kern wird Chef der Staatskanzlei. Sein Nachfolger als Staatssekretär wird Anna Lenz.",
      ),
    ).toEqual(["Anna Lenz -> Peter Kern (review)"]);
    expect(await successions("Peter Kern wechselt nach Berlin. Seine Nachfolge tritt Anna Lenz an.")).toEqual(
      ["Anna Lenz -> Peter Kern (review)"],
    );
  });

  it("succeeds the man 'sein' stands for where the parser hangs the successor's name anywhere", async () => {
    expect(
      await successions(
        "Zum neuen Chef der Staatskanzlei ist Staatssekretär Patrick Berger ernannt worden. Sein Nachfolger wird demnach der bisherige Finanzstaatssekretär Heiko Lorenz (SPD).",
      ),
    ).toEqual(["Heiko Lorenz -> Patrick Berger (review)"]);
  });

  it("succeeds the woman 'ihr' stands for", async () => {
    expect(
      await successions(
        "Staatssekretärin Anna Lenz geht in den Ruhestand. Ihre Nachfolgerin ist Petra Kern.",
      ),
    ).toEqual(["Petra Kern -> Anna Lenz (review)"]);
  });

  it("never makes a person of the possessive and the noun", async () => {
    const [article] = await extractArticles(
      "Meldung\n[01.03.2024] Peter Kern wird Chef der Staatskanzlei. Sein Nachfolger als Staatssekretär wird Anna Lenz.",
      { reference, nlp },
    );
    const people = article!.facts.flatMap((f) => [f.subject, f.object]).filter((e) => e?.type === "Person");
    expect(people.map((p) => p!.name)).not.toContain("Sein Nachfolger");
  });
});

describe("a predecessor noun", () => {
  it("makes the person named before the successor of the predecessor it names", async () => {
    expect(
      await successions("Peter Kern ist neuer CIO. Sein Vorgänger Hans Weber geht in den Ruhestand."),
    ).toEqual(["Peter Kern -> Hans Weber (review)"]);
    expect(await successions("Hans Weber, Vorgänger von Anna Lenz, geht in den Ruhestand.")).toEqual([
      "Anna Lenz -> Hans Weber (review)",
    ]);
  });
});

describe("a successor who 'wird ... nachfolgen'", () => {
  it("succeeds the person in the dative, though the parser takes the future's 'wird' for a passive", async () => {
    expect(
      await successions("Lutz Goebel wird im Vorsitz dem ehemaligen Bahnchef Johannes Ludewig nachfolgen."),
    ).toEqual(["Lutz Goebel -> Johannes Ludewig (review)"]);
  });

  it("succeeds the holder of the role in the dative where the parser hung the name on the role's organisation", async () => {
    expect(
      await successions(
        "Anna Keller wird im Vorsitz dem früheren Vorstandschef der Deutschen Telekom Peter Kern nachfolgen.",
      ),
    ).toEqual(["Anna Keller -> Peter Kern (review)"]);
  });
});

describe("a succession taken over 'von' someone named after the successor", () => {
  it("succeeds the person after 'von', over the role before the name", async () => {
    expect(
      await successions(
        "Die personelle Nachfolge in der Vorsitzführung übernahm damit Minister Heiko Geue von Staatssekretärin Ina-Maria Ulbrich.",
      ),
    ).toEqual(["Heiko Geue -> Ina-Maria Ulbrich (graph)"]);
  });
});

describe("the office a successor follows someone in", () => {
  it("is the successor's, and the one followed held it before", async () => {
    const offices = (
      await portalItemFacts(
        "Anna Keller folgt Peter Hoffmann als Präsidentin des BSI nach.",
        "holdsOffice",
        reference,
        nlp,
      )
    ).map((f) => `${pair(f)} (${destination(f)})`);
    expect(offices).toEqual([
      "Anna Keller -> Bundesamt für Sicherheit in der Informationstechnik (graph)",
      "Peter Hoffmann -> Bundesamt für Sicherheit in der Informationstechnik (review)",
    ]);
  });
});

describe("a predecessor named with the successor's genitive", () => {
  it("is the one the predicate names: 'Vorgänger Schäfers im Amt des CIO war ...'", async () => {
    expect(
      await successions(
        "Thomas Schäfer ist neuer CIO. Vorgänger Schäfers im Amt des CIO war Staatssekretär Horst Westerfeld (CDU), der der neuen Regierung nicht mehr angehört.",
      ),
    ).toEqual(["Thomas Schäfer -> Horst Westerfeld (review)"]);
  });
});

describe("successions in further news shapes", () => {
  it("reads the successor named in apposition to 'Sein Nachfolger'", async () => {
    expect(
      await successions(
        "Hans-Josef Fischer geht in den Ruhestand. Sein Nachfolger, Dr. Oliver Heidinger, wird außerdem die Leitung übernehmen.",
      ),
    ).toEqual(["Oliver Heidinger -> Hans-Josef Fischer (review)"]);
  });

  it("reads 'folgt' with the predecessor in the dative, for review", async () => {
    expect(
      await successions(
        "Hessens Innenminister Peter Beuth wird Vorsitzender. Er folgt dem Hamburger Innensenator Heino Vahldieck (CDU), wie das Ministerium mitteilte.",
      ),
    ).toEqual(["Peter Beuth -> Heino Vahldieck (review)"]);
  });

  it("reads an office taken over 'von' its holder and 'rückt für ... nach', for review", async () => {
    expect(
      await successions(
        "Michael Müller ist neuer Präsident. Er übernimmt das Amt von der rheinland-pfälzischen Ministerpräsidentin Malu Dreyer.",
      ),
    ).toEqual(["Michael Müller -> Malu Dreyer (review)"]);
    expect(
      await successions(
        "Christoph Landscheidt wird Vizepräsident. Er rückt somit für den Präsidenten in spe, Ralph Spiegler, nach.",
      ),
    ).toEqual(["Christoph Landscheidt -> Ralph Spiegler (review)"]);
  });

  it("makes the one elected 'zum Nachfolger der ...' the successor", async () => {
    expect(
      await successions(
        "Andreas Bovenschulte ist neuer Präsident. Die Länderkammer wählte den SPD-Politiker am Freitag einstimmig zum Nachfolger der saarländischen Ministerpräsidentin Anke Rehlinger.",
      ),
    ).toEqual(["Andreas Bovenschulte -> Anke Rehlinger (graph)"]);
  });
});

describe("a successor named 'als seinen Nachfolger'", () => {
  it("is the one named, not the one who names", async () => {
    expect(
      await successions(
        "Andreas Könen wird in den Ruhestand gehen. Als seinen Nachfolger will Faeser nun Friederike Dahns benennen.",
      ),
    ).toEqual(["Friederike Dahns -> Andreas Könen (review)"]);
  });
});

describe("a predecessor named in a quote", () => {
  it("is the speaker's, the one named before the quote opens, with the name set off by commas", async () => {
    const found = await successions(
      "Staatssekretär Peter Kern begrüßte den Beschluss des Rates: „Ich danke meinem Vorgänger als CIO, Finanzminister Dr. Hans Weber, für die gute Vorarbeit und die Verhandlungen im Rat.",
    );
    expect(found.map((f) => f.replace(/ \(.*/, ""))).toEqual(["Peter Kern -> Hans Weber"]);
  });

  it("is the speaker's, the one named after the quote closes", async () => {
    const found = await successions(
      "„Ich danke meiner Vorgängerin Anna Lenz für ihre Arbeit“, sagte Peter Kern.",
    );
    expect(found.map((f) => f.replace(/ \(.*/, ""))).toEqual(["Peter Kern -> Anna Lenz"]);
  });
});
