/**
 * memberOf for a list of a council's members that goes on in a sentence of its own ("Dazu kommen
 * A und B", "Weiter dabei sind ...") and for a body in the dative the parser took for the subject,
 * on sentences written for these tests (parses in tests/fixtures/parses/member-continuations.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { membershipsOf } from "../../helpers/memberships.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("member-continuations");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const memberships = (text: string) => membershipsOf(text, reference, nlp);
const council =
  "Die Landesregierung hat einen Digitalrat eingesetzt. Geleitet wird der Digitalrat von Maria Berger.";

describe("a member list that goes on", () => {
  it("makes the people after 'Dazu kommen' members of the council the sentence before named", async () => {
    expect(
      await memberships(
        `${council} Dazu kommen Tim Wolf, Gründer der Firma Arago; Eva Roth, Direktorin einer Stiftung; Jana Krüger.`,
      ),
    ).toEqual([
      "Eva Roth -> Digitalrat (review)",
      "Jana Krüger -> Digitalrat (review)",
      "Tim Wolf -> Digitalrat (review)",
    ]);
  });

  it("reads 'Weiter dabei sind', 'Mit dabei ist' and 'Neu hinzugekommen sind'", async () => {
    expect(await memberships(`${council} Weiter dabei sind Tim Wolf und Eva Roth.`)).toEqual([
      "Eva Roth -> Digitalrat (review)",
      "Tim Wolf -> Digitalrat (review)",
    ]);
    expect(await memberships(`${council} Mit dabei ist auch Hans Meier.`)).toEqual([
      "Hans Meier -> Digitalrat (review)",
    ]);
    expect(await memberships(`${council} Neu hinzugekommen sind Tim Wolf und Eva Roth.`)).toEqual([
      "Eva Roth -> Digitalrat (review)",
      "Tim Wolf -> Digitalrat (review)",
    ]);
  });

  it("needs a body named in the two sentences before, and takes no one named with a preposition", async () => {
    expect(
      await memberships(
        `${council} Der Rat tagt viermal im Jahr. Die Sitzungen sind öffentlich. Die Protokolle erscheinen im Netz. Dazu kommen Tim Wolf und Eva Roth.`,
      ),
    ).toEqual([]);
    expect(await memberships(`${council} Dazu kommen Vorträge von Tim Wolf und Eva Roth.`)).toEqual([]);
  });

  it("makes a Land 'dabei' no member", async () => {
    expect(await memberships(`${council} Weiter dabei sind Hessen und Bayern.`)).toEqual([]);
  });
});

describe("a body in the dative read as the subject", () => {
  it("makes the names of 'Außerdem gehören dem IT-Planungsrat A und B an' its members", async () => {
    expect(
      await memberships("Außerdem gehören dem IT-Planungsrat Anna Schmidt und Peter Müller an."),
    ).toEqual(["Anna Schmidt -> IT-Planungsrat (review)", "Peter Müller -> IT-Planungsrat (review)"]);
  });

  it("names no new body by the names that follow it", async () => {
    expect(
      await memberships(
        "Die Landesregierung hat einen Digitalrat eingesetzt. Außerdem gehören dem Digitalrat Anna Schmidt und Peter Müller an.",
      ),
    ).not.toContain("Anna Schmidt -> Digitalrat Anna (review)");
  });
});
