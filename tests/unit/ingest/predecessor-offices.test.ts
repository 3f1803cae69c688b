/**
 * The office or chair a predecessor held, read from a succession and the successor's office or
 * chair named with it (sentences written for these tests; parses in
 * tests/fixtures/parses/predecessor-offices.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("predecessor-offices");

/** The offices of an article as "person -> owner (role, until, review|graph)". */
async function offices(text: string): Promise<string[]> {
  return (await facts(text, "holdsOffice")).map(
    (f) => `${pair(f)} (${f.role ?? ""}, ${f.to ?? "-"}, ${destination(f)})`,
  );
}

describe("a predecessor's office", () => {
  it("is the office the successor takes up in the sentence before, until the successor's start", async () => {
    const found = await offices(
      "Anna Keller ist neue CIO des Landes Hessen. Sie folgt auf Peter Hoffmann, der in den Ruhestand geht.",
    );
    expect(found).toContain("Peter Hoffmann -> Hessen (CIO, 2024-03-01, review)");
  });

  it("is said in the predecessor's gender", async () => {
    const found = await offices(
      "Anna Berger ist neue Geschäftsführerin der Digitalagentur Thüringen. Sie folgt auf Heiko Kahl, der sich eigenen Plänen widmen will.",
    );
    expect(found).toContain("Heiko Kahl -> Digitalagentur Thüringen (Geschäftsführer, 2024-03-01, review)");
  });

  it("is the office named with the succession in the same sentence", async () => {
    const found = await offices(
      "Der Rat der Stadt Kassel wählte Lisa Berg zur neuen Digitalbeauftragten der Stadt Kassel als Nachfolgerin von Tom Weber.",
    );
    expect(found.filter((f) => f.startsWith("Tom Weber"))).toEqual([
      expect.stringMatching(/^Tom Weber -> Kassel \(Digitalbeauftragter, /),
    ]);
  });

  it("is not read from a chair taken over", async () => {
    const found = await offices(
      "Staatssekretärin Maria Stein aus Sachsen übernimmt den Vorsitz im IT-Planungsrat als Nachfolgerin von Peter Hoffmann.",
    );
    expect(found.filter((f) => f.startsWith("Peter Hoffmann"))).toEqual([]);
  });

  it("is not an office the successor already held when the board's head is taken over", async () => {
    const found = await offices(
      "Jan Ostermann, Geschäftsführer der Kommunalen Datenzentrale Nord, wurde zum Vorstandsvorsitzenden gewählt und löst damit Rita Sommer an der Spitze des Vorstands ab.",
    );
    expect(found.filter((f) => f.startsWith("Rita Sommer"))).toEqual([]);
  });

  it("is not read when the successor holds two offices and neither starts", async () => {
    const found = await offices(
      "Karl Stein, Staatssekretär und CIO des Landes Sachsen, folgt damit auf Eva Braun.",
    );
    expect(found.filter((f) => f.startsWith("Eva Braun"))).toEqual([]);
  });

  it("is the task the previous holder had, whatever his title before the name", async () => {
    const found = await offices(
      "Anna Keller ist neue CIO des Landes Hessen. Bisher hatte die Aufgabe Finanzminister Peter Hoffmann inne.",
    );
    expect(found).toContain("Peter Hoffmann -> Hessen (CIO, 2024-03-01, review)");
  });
});

describe("a predecessor's chair", () => {
  /** The chairs of an article as "holder -> body (until, review|graph)". */
  async function chairs(text: string): Promise<string[]> {
    return (await facts(text, "chairs")).map((f) => `${pair(f)} (${f.to ?? "-"}, ${destination(f)})`);
  }

  it("is the chair the successor takes over in the same sentence", async () => {
    expect(
      await chairs(
        "Staatssekretärin Maria Stein aus Sachsen übernimmt den Vorsitz im IT-Planungsrat als Nachfolgerin von Peter Hoffmann.",
      ),
    ).toContain("Peter Hoffmann -> IT-Planungsrat (-, review)");
  });

  it("is the chair the successor was elected to a sentence or two before", async () => {
    const found = await chairs(
      "Die Versammlung des Zweckverbands 4IT hat Landrat Roland Bernhard zum neuen Vorsitzenden gewählt. Der Verband hat rund 1.100 Mitglieder. Bernhard löst damit Landrat Stefan Dallinger ab.",
    );
    expect(found.filter((f) => f.startsWith("Stefan Dallinger"))).toEqual([
      expect.stringMatching(/^Stefan Dallinger -> Zweckverband 4IT \(/),
    ]);
  });

  it("is not read when the succession's own sentence names an office taken up", async () => {
    const found = await chairs(
      "Anna Keller wurde zur Vorsitzenden des IT-Planungsrats gewählt. Zum 1. Mai wird sie zudem CIO des Landes Hessen und folgt damit auf Peter Hoffmann.",
    );
    expect(found.filter((f) => f.startsWith("Peter Hoffmann"))).toEqual([]);
  });
});
