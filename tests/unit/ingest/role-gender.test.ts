/** A role said of a person of the other gender: the first word carries it, a neutral role stays. */
import { describe, expect, it } from "vitest";
import { roleForGender } from "../../../src/ingest/entities/gender.js";

describe("a role in a person's gender", () => {
  it.each([
    ["Geschäftsführerin", "m", "Geschäftsführer"],
    ["Chefin der Staatskanzlei", "m", "Chef der Staatskanzlei"],
    ["Landrätin", "m", "Landrat"],
    ["Landrat", "f", "Landrätin"],
    ["Staatssekretär für Digitales", "f", "Staatssekretärin für Digitales"],
    ["IT-Beauftragte", "m", "IT-Beauftragter"],
    ["Digitalbeauftragter", "f", "Digitalbeauftragte"],
  ] as const)("says %s of a %s person as %s", (role, gender, expected) => {
    expect(roleForGender(role, gender)).toBe(expected);
  });

  it("keeps a role that shows no gender, and any role when the gender is unknown", () => {
    expect(roleForGender("CIO", "f")).toBe("CIO");
    expect(roleForGender("Chief Information Officer", "m")).toBe("Chief Information Officer");
    expect(roleForGender("Ministerin", undefined)).toBe("Ministerin");
  });
});
