/**
 * What an announcement's "zu" infinitive clause says, with the words the parser hangs on the
 * announcing verb ("Hessen kündigt an, bis 2026 alle Verwaltungsleistungen online anzubieten")
 * (sentences written for these tests; parses in tests/fixtures/parses/announced-infinitives.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("announced-infinitives");
const announcements = async (text: string) => (await facts(text, "announces")).map(pairOrText);

describe("an announced infinitive clause", () => {
  it("keeps the words between the comma and the infinitive", async () => {
    expect(
      await announcements("Hessen kündigt an, bis 2026 alle Verwaltungsleistungen online anzubieten."),
    ).toEqual(["Hessen -> bis 2026 alle Verwaltungsleistungen online anbieten"]);
  });

  it("not the words before the comma", async () => {
    expect(
      await announcements(
        "Hessen kündigt am Montag in Wiesbaden an, alle Verwaltungsleistungen online anzubieten.",
      ),
    ).not.toContainEqual(expect.stringContaining("Montag"));
  });
});
