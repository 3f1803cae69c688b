import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/env.js";
import {
  parseCounties,
  parseMunicipalities,
  parseStates,
  readRegister,
  RegisterFormatError,
} from "../../../src/reference/read-register.js";
import type { RegisterLayout } from "../../../src/reference/register-layout.js";
import { stateIsoCode } from "../../../src/model/state-codes.js";

const registerDir = path.join(projectRoot, "seed", "data");

describe("parsing the register CSV", () => {
  it("keeps keys as strings with leading zeros and maps the Land to its ISO code", () => {
    const [state] = parseStates("state_key,name\n01,Schleswig-Holstein\n");
    expect(state).toEqual({ key: "01", id: "DE-SH", name: "Schleswig-Holstein" });
  });

  it("reads a quoted county name with its suffix, its kind and its Land", () => {
    const [county] = parseCounties(
      'county_key,name,state_key,kind\n01001,"Flensburg, Stadt",01,Kreisfreie Stadt\n',
    );
    expect(county).toMatchObject({
      id: "01001",
      name: "Flensburg",
      officialName: "Flensburg, Stadt",
      officialSuffix: "Stadt",
      kind: "Kreisfreie Stadt",
      stateKey: "01",
      stateId: "DE-SH",
    });
  });

  it("reads population as an integer and area in km² as a number", () => {
    const [municipality] = parseMunicipalities(
      'ags,name,county_key,state_key,population,area_km2\n01001000,"Flensburg, Stadt",01001,01,92550,56.73\n',
    );
    expect(municipality).toMatchObject({
      id: "01001000",
      name: "Flensburg",
      countyId: "01001",
      population: 92550,
      areaKm2: 56.73,
    });
  });

  it("rejects a key that lost its leading zero, naming file and line", () => {
    const text =
      "ags,name,county_key,state_key,population,area_km2\n1001000,Flensburg,01001,01,92550,56.73\n";
    expect(() => parseMunicipalities(text)).toThrow(RegisterFormatError);
    expect(() => parseMunicipalities(text)).toThrow(/municipalities\.csv, line 2: bad ags/);
  });

  it("rejects a municipality whose AGS is not in its county", () => {
    const text = "ags,name,county_key,state_key,population,area_km2\n01002000,Kiel,01001,01,1,1\n";
    expect(() => parseMunicipalities(text)).toThrow(/not in county 01001/);
  });

  it("reports a missing column", () => {
    expect(() => parseStates("key,name\n01,Schleswig-Holstein\n")).toThrow(/missing column\(s\) state_key/);
  });

  it("reads another register through a different column layout", () => {
    const layout: RegisterLayout = {
      files: { states: "l.csv", counties: "k.csv", municipalities: "g.csv" },
      states: { key: "Land", name: "Name" },
      counties: { key: "Kreis", name: "Name", stateKey: "Land", kind: "Art" },
      municipalities: {
        ags: "AGS",
        name: "Name",
        countyKey: "Kreis",
        stateKey: "Land",
        population: "Einwohner",
        areaKm2: "Flaeche",
      },
    };
    const [m] = parseMunicipalities(
      'AGS,Name,Kreis,Land,Einwohner,Flaeche\n14612000,"Dresden, Stadt",14612,14,556227,328.48\n',
      layout,
    );
    expect(m).toMatchObject({ id: "14612000", name: "Dresden", countyId: "14612", population: 556227 });
  });
});

describe("the register in seed/data", () => {
  it("has 16 Länder, 400 counties and 10,773 municipalities, all linked", async () => {
    const register = await readRegister(registerDir);
    expect(register.states).toHaveLength(16);
    expect(register.counties).toHaveLength(400);
    expect(register.municipalities).toHaveLength(10_773);
    const hessen = register.municipalities.filter((m) => m.stateKey === "06");
    expect(hessen).toHaveLength(421);
    expect(register.municipalities.reduce((sum, m) => sum + m.population, 0)).toBe(84_353_660);
  });

  it("can be limited to some Länder", async () => {
    const register = await readRegister(registerDir, { stateKeys: ["01", "02"] });
    expect(register.states.map((s) => s.id)).toEqual(["DE-SH", "DE-HH"]);
    expect(register.counties).toHaveLength(16);
    expect(register.municipalities).toHaveLength(1_105);
  });

  it("knows all 16 AGS prefixes and no other", () => {
    expect(stateIsoCode("14")).toBe("DE-SN");
    expect(() => stateIsoCode("17")).toThrow(RangeError);
  });
});
