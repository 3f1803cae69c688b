/**
 * Those whose support a project is developed or carried out with ("mit Unterstützung der FITKO",
 * "unterstützt durch A und B" between commas) take part in it; financial support is money, not
 * taking part (sentences written for these tests; parses in
 * tests/fixtures/parses/supporters-of-a-project.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("supporters-of-a-project");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("supporters of a project", () => {
  it("take part with their support", async () => {
    expect(
      await participations("Hessen entwickelt mit Unterstützung der FITKO die Plattform „Bürger-Check“."),
    ).toEqual(["FITKO -> Bürger-Check"]);
  });

  it("take part as the agents of a participle between commas", async () => {
    expect(
      await participations(
        "Hessen entwickelt, unterstützt durch Dataport und die FITKO, die Plattform „Bürger-Check“.",
      ),
    ).toEqual(["Dataport -> Bürger-Check", "FITKO -> Bürger-Check"]);
  });

  it("not with financial support", async () => {
    expect(
      await participations(
        "Das Projekt „Bürger-Check“ wird mit finanzieller Unterstützung des Bundes umgesetzt.",
      ),
    ).toEqual([]);
  });
});
