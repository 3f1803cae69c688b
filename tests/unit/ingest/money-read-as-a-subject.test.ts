/**
 * "Das Land will X vorantreiben und stellt seinen Kommunen 80 Millionen Euro zur Verfügung": the
 * parser may make the money the subject of the second conjunct; the money is given, by the subject
 * of the first (sentences written for these tests; parses in
 * tests/fixtures/parses/money-read-as-a-subject.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("money-read-as-a-subject");
const funds = async (text: string) => (await facts(text, "funds")).map(pair);

describe("money read as the subject of a conjunct", () => {
  it("is given by the first conjunct's subject", async () => {
    expect(
      await funds(
        "Das Land Thüringen will E-Government vorantreiben und stellt seinen Kommunen dafür 80 Millionen Euro in den kommenden fünf Jahren zur Verfügung.",
      ),
    ).toEqual(["Thüringen -> Kommunen"]);
  });

  it("while money that is merely there is given by no one", async () => {
    expect(await funds("Für das Projekt „Digitale Heimat“ stehen 80 Millionen Euro zur Verfügung.")).toEqual(
      [],
    );
  });
});
