import { describe, expect, it } from "vitest";
import { aliasesOf, countyAliasesOf, splitOfficialName } from "../../../src/reference/official-name.js";

describe("splitOfficialName", () => {
  it("drops the official designation after the comma from the display name and keeps it", () => {
    expect(splitOfficialName("Flensburg, Stadt")).toEqual({
      name: "Flensburg",
      officialName: "Flensburg, Stadt",
      officialSuffix: "Stadt",
    });
    expect(splitOfficialName("Kiel, Landeshauptstadt").officialSuffix).toBe("Landeshauptstadt");
  });

  it("keeps names without a designation as they are", () => {
    expect(splitOfficialName("Regionalverband Saarbrücken")).toEqual({
      name: "Regionalverband Saarbrücken",
      officialName: "Regionalverband Saarbrücken",
      officialSuffix: null,
    });
  });

  it("splits at the first comma only", () => {
    expect(splitOfficialName("Erkrath, Fundort des Neanderthalers, Stadt")).toMatchObject({
      name: "Erkrath",
      officialSuffix: "Fundort des Neanderthalers, Stadt",
    });
  });

  it("offers the official form as an alias only when it differs from the display name", () => {
    expect(aliasesOf(splitOfficialName("Flensburg, Stadt"))).toEqual(["Flensburg, Stadt"]);
    expect(aliasesOf(splitOfficialName("Amrum"))).toEqual([]);
  });

  it("names a county by its kind and name, as people search for it", () => {
    expect(countyAliasesOf(splitOfficialName("Recklinghausen"), "Kreis")).toEqual(["Kreis Recklinghausen"]);
    expect(countyAliasesOf(splitOfficialName("Kiel, Landeshauptstadt"), "Kreisfreie Stadt")).toEqual([
      "Kiel, Landeshauptstadt",
      "Kreisfreie Stadt Kiel",
    ]);
  });
});
