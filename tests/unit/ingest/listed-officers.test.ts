/**
 * Officers named in lists and on boards: several people after one plural role share the owner
 * the role phrase names (or the government the item is about), and the chair of an
 * organisation's assembly or administrative board chairs it, while its executive board's chair
 * holds an office; an employer named right after a role is the role's owner; and offices a sentence
 * only seems to give. Sentences written for this test (parses in tests/fixtures/parses/listed-officers.json).
 */
import { describe, expect, it } from "vitest";
import { office, pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("listed-officers");

describe("people named after one plural role", () => {
  it("each hold the role in the singular, of the Land the role phrase names", async () => {
    expect(
      await offices(
        "Die Berliner Staatssekretäre Alexander Slotty und Aziz Bozkurt stellten das Programm vor.",
      ),
    ).toEqual(["Alexander Slotty -> Berlin (Staatssekretär)", "Aziz Bozkurt -> Berlin (Staatssekretär)"]);
  });

  it("reads a feminine plural and a Land adjective", async () => {
    expect(
      await offices(
        "Die hessischen Staatssekretärinnen Katrin Hechler und Patricia Baum eröffneten die Messe in Wiesbaden.",
      ),
    ).toEqual(["Katrin Hechler -> Hessen (Staatssekretärin)", "Patricia Baum -> Hessen (Staatssekretärin)"]);
  });

  it("gives them the government the item is about when the phrase names none, for review", async () => {
    const found = await facts(
      "Berlin hat einen neuen Senat. Die Bildungssenatorin hat ihre beiden Staatssekretäre Alexander Slotty und Aziz Bozkurt nicht selbst vorgeschlagen.",
      "holdsOffice",
    );
    expect(found.filter((f) => f.role === "Staatssekretär").map(office)).toEqual([
      "Alexander Slotty -> Berlin (Staatssekretär)",
      "Aziz Bozkurt -> Berlin (Staatssekretär)",
    ]);
    expect(found.filter((f) => f.role === "Staatssekretär").every((f) => f.confidence < 0.75)).toBe(true);
  });

  it("reads an adjective's plural used as a role, with parties in the parentheses (seats: memberOf)", async () => {
    const found = await facts(
      "Weitere Juroren waren die Bundestagsabgeordneten Anna Keller (CDU), Peter Hoffmann (CSU) und Jan Roth (SPD).",
      "memberOf",
    );
    expect(found.map(pair)).toEqual([
      "Anna Keller -> Deutscher Bundestag",
      "Peter Hoffmann -> Deutscher Bundestag",
      "Jan Roth -> Deutscher Bundestag",
    ]);
  });

  it("reads no list into one name after a plural role", async () => {
    expect(
      await offices("Die Berliner Staatssekretäre trafen sich mit Aziz Bozkurt zu einem Gespräch."),
    ).toEqual([]);
  });
});

describe("the chair of an organisation's board", () => {
  it("chairs the organisation when the board is its administrative board", async () => {
    const text =
      "Dirk Schrödter, Chef der Staatskanzlei des Landes Schleswig-Holstein und Vorsitzender des Verwaltungsrats von Dataport, sprach in Kiel.";
    expect((await facts(text, "chairs")).map(pair)).toEqual(["Dirk Schrödter -> Dataport"]);
    expect((await offices(text)).some((o) => o.includes("Dataport"))).toBe(false);
  });

  it("chairs the assembly of the Zweckverband the item is about", async () => {
    expect(
      (
        await facts(
          "Die ITK Rheinland hat ihre Gremien neu besetzt. Zur Vorsitzenden der Verbandsversammlung wurde Gertrud Kersten gewählt.",
          "chairs",
        )
      ).map(pair),
    ).toEqual(["Gertrud Kersten -> ITK Rheinland"]);
  });

  it("holds an office when it is the executive board", async () => {
    expect(
      await offices("Johann Bizer ist Vorstandsvorsitzender von Dataport und sprach in Hamburg."),
    ).toEqual(["Johann Bizer -> Dataport (Vorstandsvorsitzender)"]);
  });

  it("takes no owner from an assembly where a Landrat only spoke", async () => {
    const found = await offices(
      "Die Reform sei dringend, sagte der Landrat Günther Schartz aus dem Landkreis Trier-Saarburg bei der Verbandsversammlung der ITK Rheinland.",
    );
    expect(found.some((o) => o.includes("ITK Rheinland"))).toBe(false);
  });

  it("gives the role after 'als' to the name it hangs on, as voted for", async () => {
    expect(
      await offices(
        "Einen Wechsel gab es im Vorstand von Vitako. Die Mitglieder votierten für Peter Kern (Stadt Kiel) als neuen Vorstandsvorsitzenden.",
      ),
    ).toEqual(["Peter Kern -> Vitako (Vorstandsvorsitzender)"]);
  });
});

describe("officers listed with their employers", () => {
  it("reads an acronym the tagger leaves untagged after a role as the employer, not the item's association", async () => {
    expect(
      await offices(
        "Die VITAKO hat gewählt. Lars Hoppmann, Geschäftsleiter OWL-IT, wurde zum stellvertretenden Vorstandsvorsitzenden gewählt.",
      ),
    ).toContain("Lars Hoppmann -> OWL-IT (Geschäftsleiter)");
  });

  it("keeps the first part of a hyphenated compound in an employer's name", async () => {
    expect(
      await offices("Rolf Sahre, Vorstand des IT-Verbunds Landsberg, erläutert im Interview die Gründung."),
    ).toEqual(["Rolf Sahre -> IT-Verbund Landsberg (Vorstand)"]);
  });

  it("seats both people named with their employers on the board they were appointed to", async () => {
    expect(
      (
        await facts(
          "Die VITAKO hat ihre Mitgliederversammlung abgehalten. Neu in den Vorstand berufen wurden Kerstin Pliquett, Geschäftsleiterin des KDN, und Matthias Drexelius, Geschäftsführer ekom21.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual(["Kerstin Pliquett -> Vitako", "Matthias Drexelius -> Vitako"]);
  });

  it("seats the people 'Mit' introduces where the noun 'Mitglieder' is the one elected", async () => {
    expect(
      (
        await facts(
          "Die VITAKO hat ihre Mitgliederversammlung abgehalten. Mit Karin Wolff, Geschäftsleiterin des KDN, und Jonas Brenner, Geschäftsführer ekom21, wurden zwei neue Mitglieder in den Vorstand gewählt.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual(["Karin Wolff -> Vitako", "Jonas Brenner -> Vitako"]);
  });
});

describe("offices a sentence only seems to give", () => {
  it("gives each name listed after an appointing verb the role after its own 'als', not the one who appoints", async () => {
    expect(
      await offices(
        "Oberbürgermeister Klaus Weichel hat zwei Chiefs ins Amt berufen: Prof. Gerhard Steinebach als Chief Urban Officer und Prof. Dieter Rombach als Chief Digital Officer der Stadt Kaiserslautern.",
      ),
    ).toEqual([
      "Klaus Weichel -> Kaiserslautern (Oberbürgermeister)",
      "Gerhard Steinebach -> Kaiserslautern (Chief Urban Officer)",
      "Dieter Rombach -> Kaiserslautern (Chief Digital Officer)",
    ]);
  });

  it("reads no apposition over a speaker's colon", async () => {
    expect(
      await offices(
        "Ein Gespräch mit Oberbürgermeister Klaus Weichel aus Kaiserslautern. Weichel: Der Chief Digital Officer (CDO) ist als Stabsstelle beim Oberbürgermeister für alle Aspekte der Digitalisierung der Stadt Kaiserslautern zuständig.",
      ),
    ).toEqual(["Klaus Weichel -> Kaiserslautern (Oberbürgermeister)"]);
  });

  it("gives a post no holder where it is only placed under someone", async () => {
    expect(
      await offices(
        "Die neue Stelle des CDO soll als Führungsposition innerhalb der Hamburger Verwaltung direkt unter dem Staatsrat der Senatskanzlei, Christoph Krupp (SPD), angesiedelt sein.",
      ),
    ).not.toContainEqual(expect.stringContaining("(CDO)"));
  });
});
