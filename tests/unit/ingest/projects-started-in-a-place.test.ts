/**
 * A named project that starts "in" a town, county or Land without an owner of its own ("Im
 * Landkreis Wolfenbüttel ist das Projekt „Open Kreishaus“ an den Start gegangen"): that
 * government's launch, for review (sentences written for these tests; parses in
 * tests/fixtures/parses/projects-started-in-a-place.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("projects-started-in-a-place");
const launches = async (text: string) => (await facts(text, "launches")).map(pairOrText);

describe("a project started in a place", () => {
  it("is launched by the county or town it starts in, however the parser hangs the place", async () => {
    expect(
      await launches("Im Landkreis Wolfenbüttel ist das Projekt „Open Kreishaus“ an den Start gegangen."),
    ).toEqual(["Landkreis Wolfenbüttel -> Open Kreishaus"]);
    expect(
      await launches("Das Projekt „Open Kreishaus“ ist im Landkreis Wolfenbüttel an den Start gegangen."),
    ).toEqual(["Landkreis Wolfenbüttel -> Open Kreishaus"]);
    expect(await launches("In Wolfenbüttel ist das Portal „Open Kreishaus“ online gegangen.")).toEqual([
      "Wolfenbüttel -> Open Kreishaus",
    ]);
  });

  it("waits for review: a place may only host it", async () => {
    const [fact] = await facts(
      "Im Landkreis Wolfenbüttel ist das Projekt „Open Kreishaus“ an den Start gegangen.",
      "launches",
    );
    expect(fact && destination(fact)).toBe("review");
  });

  it("not where it did not start, nor for a thing that is no named project", async () => {
    expect(
      await launches(
        "Im Landkreis Wolfenbüttel ist das Projekt „Open Kreishaus“ nicht an den Start gegangen.",
      ),
    ).toEqual([]);
    expect(await launches("In Berlin ist die Konferenz an den Start gegangen.")).toEqual([]);
  });

  it("while an owner named with the project stays its launcher", async () => {
    expect(await launches("Die App des Landes Bayern geht im Mai an den Start.")).toEqual(["Bayern -> App"]);
  });
});
