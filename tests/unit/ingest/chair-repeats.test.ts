/** An undated article naming one chair with and without its year keeps only the dated one. */
import { describe, expect, it } from "vitest";
import type { Fact } from "../../../src/model/fact.js";
import { dropUndatedChairRepeats } from "../../../src/ingest/facts/chair-repeats.js";

const berlin = { id: "DE-BE", name: "Berlin", type: "State" } as const;
const hessen = { id: "DE-HE", name: "Hessen", type: "State" } as const;
const council = { id: "it-planungsrat", name: "IT-Planungsrat", type: "Organization" } as const;

function chair(subject: typeof berlin | typeof hessen, year?: number): Fact {
  return { type: "chairs", subject, object: council, quote: "…", confidence: 0.8, ...(year ? { year } : {}) };
}

describe("undated repeats of a chair", () => {
  it("drops the undated chair where the article dates the same holder's chair of the same body", () => {
    const kept = dropUndatedChairRepeats([chair(berlin), chair(berlin, 2015)]);
    expect(kept).toEqual([chair(berlin, 2015)]);
  });

  it("keeps an undated chair of another holder, and two dated chairs of different years", () => {
    const facts = [chair(hessen), chair(berlin, 2015), chair(berlin, 2019)];
    expect(dropUndatedChairRepeats(facts)).toEqual(facts);
  });
});
