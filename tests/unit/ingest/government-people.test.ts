/**
 * People and owners in government news: a full name followed by the surname of another person
 * named before is two people, never one ("Innenministerin Daniela Behrens Pörksen als ..."); the
 * first part of a compound cut short names nothing ("für Bundes- und Europaangelegenheiten");
 * roles only the federal government has are the Bund's ("Außenminister"); the name set off by
 * commas after a role's phrase is the role's holder; a professor holds no place's office; "des
 * Rhein-Kreises Neuss" is the county. Sentences written for
 * these tests (parses in tests/fixtures/parses/government-people.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("government-people");

describe("people in government news", () => {
  it("never fuses a full name with the surname of another person after it", async () => {
    const text =
      "In Niedersachsen übernimmt Anke Pörksen das neue Amt der Digitalisierungsstaatssekretärin. In einer Pressemitteilung bezeichnete Innenministerin Daniela Behrens Pörksen als hervorragend geeignet.";
    expect(await offices(text)).toContain("Daniela Behrens -> Niedersachsen (Innenministerin)");
    const people = (await facts(text, "holdsOffice")).map((f) => f.subject.name);
    expect(people).not.toContain("Daniela Behrens Pörksen");
  });

  it("reads the name set off by commas after a role's phrase as the role's holder", async () => {
    const offices_ = await offices(
      "In Thüringen folgt Anna Kern auf die bisherige Gleichstellungsbeauftragte Gabi Ohler. Die Staatssekretärin für Digitalisierung, Milen Starke, wurde nun auch zur CIO des Freistaats ernannt.",
    );
    expect(offices_).toContain("Milen Starke -> Thüringen (CIO)");
    expect(offices_).not.toContain("Gabi Ohler -> Thüringen (CIO)");
  });

  it("gives a professor no place's office, and a county its genitive inside the name", async () => {
    const found = await offices(
      "Die Weimarer Professorin Anna Kern soll Staatssekretärin im Thüringer Infrastrukturministerium werden. Auch Peter Berg, Landrat des Rhein-Kreises Neuss, sagte das.",
    );
    expect(found).not.toContain("Anna Kern -> Weimar (Professorin)");
    expect(found).toContain("Peter Berg -> Rhein-Kreis Neuss (Landrat)");
  });

  it("takes no Bund from a compound cut short", async () => {
    expect(
      await offices(
        "In Bayern ist Florian Kern als Staatskanzleichef auch Staatsminister für Bundes- und Europaangelegenheiten und Medien.",
      ),
    ).not.toContainEqual(expect.stringMatching(/-> Bund /));
  });

  it("gives a role only the federal government has to the Bund", async () => {
    expect(
      await offices(
        "Die Koalition stellte in Berlin ihr Kabinett vor. Der Fraktionsvize Johann Kern soll Außenminister werden.",
      ),
    ).toContain("Johann Kern -> Bund (Außenminister)");
    expect(
      await offices(
        "Geleitet wird der Digitalrat von der früheren Verteidigungsstaatssekretärin Anna Keller.",
      ),
    ).toContain("Anna Keller -> Bund (Verteidigungsstaatssekretärin)");
  });
});

describe("an office joined by 'und' to a profession before the name", () => {
  it("is the office of the name after the profession", async () => {
    expect(
      await offices(
        "Geleitet wird der Rat von der früheren Außenstaatssekretärin und ehemaligen Unternehmensberaterin Anna Keller.",
      ),
    ).toContain("Anna Keller -> Bund (Außenstaatssekretärin)");
  });
});
