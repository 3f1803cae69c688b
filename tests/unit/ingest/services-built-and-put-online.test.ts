/**
 * A service a government has built ("geschaffen", "aufgebaut"), put online ("online gestellt") or
 * brought out ("herausgebracht") is launched by it; an organisation that builds one develops it
 * for someone and does not launch it, and jobs created are no service (sentences written for
 * these tests; parses in tests/fixtures/parses/services-built-and-put-online.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-built-and-put-online");
const launches = async (text: string) => (await facts(text, "launches")).map(pair);

describe("a service built by a government", () => {
  it("is launched when created", async () => {
    expect(await launches("Das Land Hessen hat die Plattform „Digitale Heimat“ geschaffen.")).toEqual([
      "Hessen -> Digitale Heimat",
    ]);
  });

  it("is launched when built up", async () => {
    expect(await launches("Das Land Hessen baut die Plattform „Digitale Heimat“ auf.")).toEqual([
      "Hessen -> Digitale Heimat",
    ]);
  });

  it("not by the IT service provider that builds it", async () => {
    expect(await launches("Dataport hat für Hessen die Plattform „Digitale Heimat“ aufgebaut.")).toEqual([]);
  });

  it("not where what is created is jobs", async () => {
    expect(await launches("Das Land Hessen hat neue Stellen geschaffen.")).toEqual([]);
  });

  it("not where the service built has no name", async () => {
    expect(await launches("Das Land Hessen hat eine neue Internetplattform geschaffen.")).toEqual([]);
  });
});

describe("a service put online or brought out", () => {
  it("is launched", async () => {
    expect(await launches("Das Land Hessen hat das Portal „Digitale Heimat“ online gestellt.")).toEqual([
      "Hessen -> Digitale Heimat",
    ]);
    expect(await launches("Das Land Hessen hat die App „Digitale Heimat“ herausgebracht.")).toEqual([
      "Hessen -> Digitale Heimat",
    ]);
  });
});

describe("the subject of a perfect's auxiliary", () => {
  it("launches, sure enough for the graph, where the parser gave the participle the object as its subject", async () => {
    const found = await facts("Das Land Hessen hat die App „Digitale Heimat“ vorgestellt.", "launches");
    expect(found.map((f) => `${pair(f)} (${destination(f)})`)).toEqual(["Hessen -> Digitale Heimat (graph)"]);
  });
});
