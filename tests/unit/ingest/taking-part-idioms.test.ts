/**
 * Taking part said with an idiom or a noun of its own: "ist beim Projekt X mit von der Partie",
 * "Mit von der Partie sind A und B", "Teilnehmer des Projekts X sind A und B", "bringt sich in das
 * Projekt X ein", "sind im Projekt X vertreten", "A und B setzen das Projekt X gemeinsam um"
 * (sentences written for these tests; parses in tests/fixtures/parses/taking-part-idioms.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("taking-part-idioms");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("taking part by an idiom", () => {
  it("'mit von der Partie' is 'dabei'", async () => {
    expect(
      await participations("Auch Hessen ist beim Projekt „Digitale Heimat“ mit von der Partie."),
    ).toEqual(["Hessen -> Digitale Heimat"]);
    expect(
      await participations(
        "Ulm startet das Projekt „Digitale Heimat“. Mit von der Partie sind auch die Städte Heidelberg und Karlsruhe.",
      ),
    ).toEqual(["Heidelberg -> Digitale Heimat", "Karlsruhe -> Digitale Heimat"]);
  });

  it("participants named as such, bringing themselves in, represented", async () => {
    expect(
      await participations("Teilnehmer des Projekts „Digitale Heimat“ sind die Städte Ulm und Heidelberg."),
    ).toEqual(["Ulm -> Digitale Heimat", "Heidelberg -> Digitale Heimat"]);
    expect(await participations("Die Stadt Ulm bringt sich in das Projekt „Digitale Heimat“ ein.")).toEqual([
      "Ulm -> Digitale Heimat",
    ]);
    expect(await participations("Ulm und Heidelberg sind im Projekt „Digitale Heimat“ vertreten.")).toEqual([
      "Ulm -> Digitale Heimat",
      "Heidelberg -> Digitale Heimat",
    ]);
  });

  it("carrying out a project together", async () => {
    expect(
      await participations("Ulm und Heidelberg setzen das Projekt „Digitale Heimat“ gemeinsam um."),
    ).toEqual(["Ulm -> Digitale Heimat", "Heidelberg -> Digitale Heimat"]);
  });

  it("not a bill brought into a parliament, a seat in it, or a joint work denied", async () => {
    expect(await participations("Die Ministerin bringt einen Gesetzentwurf in den Landtag ein.")).toEqual([]);
    expect(await participations("Die Stadt Ulm ist im Landtag vertreten.")).toEqual([]);
    expect(
      await participations("Ulm und Heidelberg setzen das Projekt „Digitale Heimat“ nicht gemeinsam um."),
    ).toEqual([]);
  });
});
