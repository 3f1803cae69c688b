/**
 * The president of an association chairs it: "der Präsident des Deutschen Landkreistages X",
 * "Präsident Reinhard Sager" of the Landkreistag, as the news annotate the heads of the kommunale
 * Spitzenverbände, Vitako, Bitkom or a Zweckverband. The office rules find the role and its
 * association; here it becomes chairs. A vice president, a deputy and an executive board's chair
 * ("Vorstandsvorsitzender") keep their office.
 */
import type { Fact } from "../../model/fact.js";
import type { KnownEntity } from "../types.js";
import { RULE_OF } from "./build.js";

const HEAD =
  /^(Präsident|Präsidentin|Verbandspräsident|Verbandspräsidentin|Vorsitzender|Vorsitzende|Verbandsvorsitzender|Verbandsvorsitzende)$/;

export function associationChairs(facts: Fact[], byId: (id: string) => KnownEntity | undefined): Fact[] {
  return facts.map((fact) => {
    if (fact.type !== "holdsOffice" || !HEAD.test(fact.role ?? "")) return fact;
    if (byId(fact.object?.id ?? "")?.kind !== "association") return fact;
    const chair: Fact = { ...fact, type: "chairs" };
    RULE_OF.set(chair, `chairs:association-head/${RULE_OF.get(fact) ?? "office"}`);
    return chair;
  });
}
