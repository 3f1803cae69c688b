/**
 * A kind of service in the plural, with a possessive or written as a compound, names no service:
 * "die ihre Bürgerservices online anbietet", "hat E-Dienste eingeführt" (sentences written for these
 * tests; parses in tests/fixtures/parses/services-of-ones-own.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-of-ones-own");
const uses = async (text: string) =>
  (await facts(text, "usesService")).map((f) => `${f.object?.name ?? ""} uses ${f.subject.name}`);

describe("a plural kind of service", () => {
  it("names no service with a possessive", async () => {
    expect(
      await uses(
        "Die Stadt Weilheim, die ihre Bürgerservices bislang nur eingeschränkt online anbietet, will mehr.",
      ),
    ).toEqual([]);
  });

  it("names no service as a compound with no article", async () => {
    expect(await uses("Die Stadt Ulm nutzt Bürgerservices im Netz.")).toEqual([]);
    expect(await uses("Die Stadt Ulm hat E-Dienste eingeführt.")).toEqual([]);
  });

  it("leaves a service named by its kind and name", async () => {
    expect(await uses("Die Stadt Ulm nutzt das Serviceportal Baden-Württemberg.")).toEqual([
      "Ulm uses Serviceportal Baden-Württemberg",
    ]);
  });
});
