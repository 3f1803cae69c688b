/**
 * Launches by "initiieren" (a named object) and by "ausschreiben" (a contest or a call, never a
 * post or a contract), and a launched thing's name that stops before the verb's idiom ("ein
 * neues Portal ins Leben gerufen") (sentences written for these tests; parses in
 * tests/fixtures/parses/launches-initiated-and-called.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("launches-initiated-and-called");
const launches = async (text: string) => (await facts(text, "launches")).map(pair);

describe("initiating and calling out", () => {
  it("launches a named project initiated, in the active and the passive", async () => {
    expect(await launches("Das Projekt Digitale Dörfer wurde 2019 vom Land Hessen initiiert.")).toEqual([
      "Hessen -> Projekt Digitale Dörfer",
    ]);
    expect(await launches("Das Land Hessen hat das Projekt Digitale Dörfer initiiert.")).toEqual([
      "Hessen -> Projekt Digitale Dörfer",
    ]);
  });

  it("launches a contest called out, not a post or a contract", async () => {
    expect(
      await launches("Das Bundesinnenministerium hat den Wettbewerb „Smarte Kommune“ ausgeschrieben."),
    ).toEqual(["Bundesministerium des Innern -> Smarte Kommune"]);
    expect(await launches("Das Land Hessen schreibt den Förderaufruf „Digitale Dörfer“ aus.")).toEqual([
      "Hessen -> Förderaufruf Digitale Dörfer",
    ]);
    expect(await launches("Das Land Hessen hat die Stelle des CIO ausgeschrieben.")).toEqual([]);
    expect(await launches("Die Stadt Kassel hat den Auftrag für das Rechenzentrum ausgeschrieben.")).toEqual(
      [],
    );
  });

  it("names what is called into being without the idiom", async () => {
    const named = await launches(
      "Mit dem Projekt Digitale Dörfer hat das Land Hessen ein neues Angebot ins Leben gerufen.",
    );
    expect(named.filter((launch) => /Leben/.test(launch))).toEqual([]);
    expect(
      await launches(
        "Das Projekt Digitale Dörfer startet im Mai. Das Land Hessen hat damit ein neues Angebot ins Leben gerufen.",
      ),
    ).toEqual(["Hessen -> Projekt Digitale Dörfer"]);
    expect(await launches("Das Land Hessen hat die Plattform Digitale Dörfer ins Leben gerufen.")).toEqual([
      "Hessen -> Plattform Digitale Dörfer",
    ]);
  });
});
