import { beforeAll, describe, expect, it } from "vitest";
import { findAmounts, findCounts } from "../../../src/ingest/entities/amounts.js";
import { buildGazetteer, type Gazetteer } from "../../../src/ingest/entities/gazetteer.js";
import { analyzeItem } from "../../../src/ingest/facts/analyze.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("entities");

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = buildGazetteer(loadReferenceData());
}, 60_000);

async function ids(text: string, title = "Meldung") {
  const document = await nlp.annotate(text);
  const analyzed = analyzeItem({ title, publishedAt: "2025-02-07", text }, gazetteer, document);
  return analyzed.sentences.flatMap((s) => s.mentions.map((m) => `${m.text}=${m.entity.id}`));
}

describe("Länder", () => {
  it("recognise names, titles, genitives and adjectives as one id", async () => {
    expect(await ids("Der Freistaat Sachsen und Sachsens Verwaltung.")).toEqual([
      "Freistaat Sachsen=DE-SN",
      "Sachsens=DE-SN",
    ]);
    expect(await ids("Die CIO des Freistaats Sachsen.")).toEqual(["Freistaats Sachsen=DE-SN"]);
    expect(await ids("Im Land Brandenburg und im Land Hessen.")).toEqual([
      "Land Brandenburg=DE-BB",
      "Land Hessen=DE-HE",
    ]);
    expect(await ids("Die Freie und Hansestadt Hamburg und die Freie Hansestadt Bremen.")).toEqual([
      "Freie und Hansestadt Hamburg=DE-HH",
      "Freie Hansestadt Bremen=DE-HB",
    ]);
    expect(
      await ids(
        "Schleswig-Holsteins Minister und die hessische Ministerin, der bayerischen Staatsregierung.",
      ),
    ).toEqual(expect.arrayContaining(["Schleswig-Holsteins=DE-SH", "hessische=DE-HE"]));
  });

  it("resolves 'das Land' and 'der Freistaat' to the Land last named or named in the headline", async () => {
    expect(await ids("Das Land hat den Vorsitz inne.", "Sachsen: Neue CIO")).toEqual(["Land=DE-SN"]);
    expect(await ids("Schleswig-Holstein berichtet. Das Land hat den Vorsitz inne.")).toEqual([
      "Schleswig-Holstein=DE-SH",
      "Land=DE-SH",
    ]);
    expect(await ids("Thüringen plant. Der Freistaat investiert.")).toEqual([
      "Thüringen=DE-TH",
      "Freistaat=DE-TH",
    ]);
  });

  it("never gives a Land two ids", async () => {
    const forms = ["Sachsen", "Freistaat Sachsen", "Freistaats Sachsen", "Freistaates Sachsen", "Sachsens"];
    expect(new Set(forms.map((form) => gazetteer.findByName(form)?.id))).toEqual(new Set(["DE-SN"]));
  });
});

describe("Bund, bodies, projects", () => {
  it("finds the Bund and bodies by name and abbreviation", async () => {
    expect(await ids("Der Bund und die Bundesregierung sowie das Bundeskabinett.")).toEqual([
      "Bund=DE",
      "Bundesregierung=DE",
      "Bundeskabinett=DE",
    ]);
    expect(await ids("IT-Planungsrat, FITKO, DMK, Bildungs-MK, Normenkontrollrat und Vitako.")).toEqual([
      "IT-Planungsrat=it-planungsrat",
      "FITKO=fitko",
      "DMK=dmk",
      "Bildungs-MK=bildungs-mk",
      "Normenkontrollrat=normenkontrollrat",
      "Vitako=vitako",
    ]);
    expect(await ids("Der Deutsche Landkreistag und die Sitzung des D16-Gremiums.")).toEqual(
      expect.arrayContaining(["D16-Gremiums=d16"]),
    );
    expect(await ids("Vom Deutschen Landkreistag.")).toEqual([
      "Deutschen Landkreistag=deutscher-landkreistag",
    ]);
  });

  it("gives a federal ministry one id under its current, former and short names", () => {
    const byForm = (forms: string[]) => new Set(forms.map((form) => gazetteer.findByName(form)?.id));
    expect(
      byForm(["BMI", "Bundesministerium des Innern, für Bau und Heimat", "Bundesinnenministeriums"]),
    ).toEqual(new Set(["bmi"]));
    expect(
      byForm(["BMVI", "BMDV", "Bundesverkehrsministerium", "Bundesministerium für Digitales und Verkehr"]),
    ).toEqual(new Set(["bmdv"]));
    expect(byForm(["BMF", "Bundesministeriums der Finanzen", "Bundesfinanzministeriums"])).toEqual(
      new Set(["bmf"]),
    );
  });

  it("finds federal agencies and public IT service providers in the genitive", () => {
    const cases: [string, string][] = [
      ["Bundesverwaltungsamtes", "bva"],
      ["Bundesamts für Sicherheit in der Informationstechnik", "bsi"],
      ["Informationstechnikzentrums Bund", "itzbund"],
      ["Hessischen Zentrale für Datenverarbeitung", "hzd"],
      ["Bayerischen Staatsministeriums für Digitales", "stmd-bayern"],
      ["DigitalService", "digitalservice"],
      ["ITK Rheinland", "itk-rheinland"],
    ];
    expect(cases.map(([form]) => [form, gazetteer.findByName(form)?.id])).toEqual(cases);
  });

  it("finds a name with a slash written with or without spaces around it", async () => {
    expect(
      await ids("Das Kommunale Rechenzentrum Minden-Ravensberg / Lippe (krz) wählt. Das krz wächst."),
    ).toEqual(["Kommunale Rechenzentrum Minden-Ravensberg / Lippe=krz", "krz=krz", "krz=krz"]);
  });

  it("finds a name that opens with an adjective in its weak form after 'der' or 'das'", () => {
    const cases: [string, string][] = [
      ["Deutsche Landkreistag", "deutscher-landkreistag"],
      ["Nationale Normenkontrollrat", "normenkontrollrat"],
      ["Statistische Bundesamt", "destatis"],
    ];
    expect(cases.map(([form]) => [form, gazetteer.findByName(form)?.id])).toEqual(cases);
  });

  it("takes no bare 'Digitalrat' for the federal government's council: Länder name theirs so too", () => {
    expect(gazetteer.findByName("Digitalrat der Bundesregierung")?.id).toBe("digitalrat-bundesregierung");
    expect(gazetteer.findByName("Digitalrat")).toBeUndefined();
  });

  it("finds projects in quotes, after kind words and as brands", async () => {
    expect(await ids('Das OZG-Projekt "Aufenthalt" läuft.')).toContain(
      'OZG-Projekt "Aufenthalt"=ozg-aufenthalt',
    );
    expect(await ids('Die OZG-Leistung "Wohngeld" läuft.')).toContain("Wohngeld=wohngeld");
    expect(await ids("Die Digitalisierungsplattform civento wird finanziert.")).toContain(
      "Digitalisierungsplattform civento=civento",
    );
    expect(await ids("Der DigitalPakt Schule 2.0 kommt.")).toContain(
      "DigitalPakt Schule 2.0=digitalpakt-schule-2-0",
    );
    expect(await ids('Das Land startet die Plattform "Mein Amt Online".', "Bayern: Neu")).toContain(
      "Mein Amt Online=mein-amt-online",
    );
    expect(await ids("Die Bürosoftware LibreOffice ersetzt alles.")).toContain("LibreOffice=libreoffice");
    expect(await ids("Die Bundesratsinitiative KOALA kommt voran.")).toContain("KOALA=koala");
  });

  it("takes a company's legal form, a title or a verb after a kind word for no brand", async () => {
    const found = await ids("Die Lindner Software GmbH und die Brandt GmbH liefern die Plattform.");
    expect(found.filter((id) => /GmbH/.test(id))).toEqual([]);
    expect((await ids("Das berichtet MdL Thorsten Weber.")).filter((id) => /MdL/.test(id))).toEqual([]);
    expect(await ids("Das Landesportal startete im November 2015.")).toEqual([]);
    // (A strong verb has none of the endings: the model's part of speech tells.)
    expect(await ids("Das Serviceportal entstand im November 2015.")).toEqual([]);
  });

  it("takes an abbreviation in mixed case for no brand, and a camel-case brand for one", async () => {
    expect(
      (await ids("Das Ministerium und die Förderbank LfA geben 350 Millionen Euro.")).filter((id) =>
        /LfA/.test(id),
      ),
    ).toEqual([]);
    // (one the reference knows is that organisation)
    expect(await ids("Das Ministerium und die Förderbank KfW geben 350 Millionen Euro.")).toContain(
      "KfW=kfw",
    );
    expect(await ids("Die BundID wird ausgebaut.")).toContain("BundID=bundid");
    expect(await ids("Ein System warnt per App gebietsgenau vor Unwettern.")).toEqual([]);
  });
});

describe("people", () => {
  it("finds known and new people next to roles", async () => {
    expect(await ids("Bundesbildungsminister Cem Özdemir sprach.")).toContain("Cem Özdemir=cem-oezdemir");
    expect(await ids("Dr. Martin Hagen, Staatsrat beim Senator für Finanzen, sprach.")).toContain(
      "Martin Hagen=martin-hagen",
    );
    expect(await ids("Staatssekretärin Ina-Maria Ulbrich leitet die Sitzung.")).toContain(
      "Ina-Maria Ulbrich=ina-maria-ulbrich",
    );
    expect(await ids("Erika Mustermann ist neue CIO des Landes Berlin.")).toContain(
      "Erika Mustermann=erika-mustermann",
    );
  });

  it("finds a person named by surname right after a role, by the full name the article gives later", async () => {
    expect(await ids("Seit Dienstag hat Staatssekretär Schlömer eine weitere Aufgabe.")).toContain(
      "Schlömer=schloemer",
    );
    const later = await ids(
      "Seit Dienstag hat Staatssekretär Schlömer eine weitere Aufgabe. Bernd Schlömer ist seit 2021 im Amt.",
    );
    expect(later.filter((m) => /Schlömer/.test(m))).toEqual([
      "Schlömer=bernd-schloemer",
      "Bernd Schlömer=bernd-schloemer",
    ]);
  });
});

describe("programmes", () => {
  it("tells the DigitalPakt Schule from its successor, in any spelling", async () => {
    expect(await ids("Der Digitalpakt läuft aus, der DigitalPakt Schule 2.0 folgt.")).toEqual([
      "Digitalpakt=digitalpakt-schule",
      "DigitalPakt Schule 2.0=digitalpakt-schule-2-0",
    ]);
  });
});

describe("services", () => {
  it("takes no adverb after a service's kind noun for its brand", async () => {
    expect(
      await ids(
        "Nur in Bremen und in Rheinland-Pfalz ist dieser Dienst schon praktisch flächendeckend verfügbar.",
      ),
    ).toEqual(["Bremen=DE-HB", "Rheinland-Pfalz=DE-RP"]);
  });

  it("finds an OZG-Leistung of one word by the word with 'digital', 'elektronisch' or 'Online-' before it", async () => {
    expect(
      await ids(
        "Die digitale Kfz-Zulassung, das elektronische Wohngeld und die Online-Einbürgerung starten.",
      ),
    ).toEqual([
      "digitale Kfz-Zulassung=ozg-ikfz",
      "elektronische Wohngeld=ozg-wohngeld",
      "Online-Einbürgerung=ozg-einbuergerung",
    ]);
    expect(await ids("Der Antrag auf Wohngeld bleibt analog.")).toEqual([]);
  });
});

describe("counties a plural county noun lists", () => {
  it("are counties by their names alone, not the towns of those names", async () => {
    expect(await ids("Die Kreise Soest und Unna sowie die Stadt Hamm nutzen den Dienst.")).toEqual([
      "Soest=05974",
      "Unna=05978",
      "Stadt Hamm=05915000",
    ]);
  });
});

describe("counties and municipalities", () => {
  it("finds counties by kind word and cities by name or adjective", async () => {
    expect(await ids("Der Kreis Recklinghausen und der Landkreis Göttingen.")).toEqual([
      "Kreis Recklinghausen=05562",
      "Landkreis Göttingen=03159",
    ]);
    expect(await ids("Wolfsburg und die Wolfsburger Stadtverwaltung.")).toEqual([
      "Wolfsburg=03103000",
      "Wolfsburger=03103000",
    ]);
    expect(await ids("Die Stadt Xanten.")).toEqual(["Stadt Xanten=05170052"]);
  });

  it("finds a town by the title the register gives it, written before its name", async () => {
    expect(await ids("Die Hanse- und Universitätsstadt Rostock und das Ostseebad Binz.")).toEqual([
      "Hanse- und Universitätsstadt Rostock=13003000",
      "Ostseebad Binz=13073011",
    ]);
    expect(await ids("Der Flecken Bodenfelde.")).toEqual(["Flecken Bodenfelde=03155002"]);
  });

  it("takes no separable particle after a kind noun for a brand", async () => {
    // ("die Software civento" names the brand civento; "eine neue Software ein" names none.)
    expect(await ids("Das Land Hessen setzt eine neue Software ein.")).toEqual(["Land Hessen=DE-HE"]);
  });

  it("reads the adjective of a city of three letters as that city, not a town it could be cut from", async () => {
    // ("Ulmer" is also what "Ulmen" gives when its "-en" drops, as "Bremen" gives "Bremer".)
    expect(await ids("Der Ulmer Oberbürgermeister sprach.")).toEqual(["Ulmer=08421000"]);
  });

  it("finds a county whose own name says Kreis, in the nominative and the genitive", async () => {
    expect(await ids("Der Rhein-Sieg-Kreis und der Landrat des Hochsauerlandkreises.")).toEqual([
      "Rhein-Sieg-Kreis=05382",
      "Hochsauerlandkreises=05958",
    ]);
    expect(await ids("Die Anträge kamen aus dem Rhein-Kreis Neuss.")).toEqual(["Rhein-Kreis Neuss=05162"]);
  });

  it("finds a county by its bare name of two joined parts, unless a town has that name", async () => {
    expect(await ids("In Vorpommern-Rügen und in Weilheim-Schongau läuft der Test.")).toEqual([
      "Vorpommern-Rügen=13073",
      "Weilheim-Schongau=09190",
    ]);
    // (Garmisch-Partenkirchen is a Markt as well as the county around it.)
    expect(await ids("In Garmisch-Partenkirchen läuft der Test.")).not.toContain(
      "Garmisch-Partenkirchen=09180",
    );
  });

  it("finds a small town by its bare name in a list beside a city, and one named with its region", async () => {
    expect(await ids("Gefördert werden Bochum, Lohmar und Hagenow sowie Kirchheim b. München.")).toEqual([
      "Bochum=05911000",
      "Lohmar=05382028",
      "Hagenow=13076060",
      "Kirchheim b. München=09184131",
    ]);
    expect(await ids("Ausgewählt wurden: - Hagenow - Bochum - Lohmar")).toEqual([
      "Hagenow=13076060",
      "Bochum=05911000",
      "Lohmar=05382028",
    ]);
  });

  it("does not take small places for ordinary words", async () => {
    expect(await ids("Die Lage ist gut und der Wald ist grün.")).toEqual([]);
  });
});

describe("amounts and counts", () => {
  it("reads euro amounts in words and figures", () => {
    expect(
      findAmounts("17 Millionen Euro, fünf Milliarden Euro, 2,5 Mio. € und 30.000 Euro").map((a) => a.value),
    ).toEqual([17e6, 5e9, 2.5e6, 30000]);
  });

  it("reads counts with their unit", () => {
    expect(findCounts("Inzwischen nutzen über 270 Ausländerbehörden die Dienste.")).toEqual([
      expect.objectContaining({ value: 270, unit: "Ausländerbehörden", qualifier: "über" }),
    ]);
  });
});
