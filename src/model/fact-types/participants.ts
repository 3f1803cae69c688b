/** Entity types that several fact types accept in one role (the SDL's unions `Actor` and `ProjectOrBody`). */
import { ENTITY_TYPES, type EntityType } from "../entity-types.js";

/** Who acts: every entity but a project. */
export const ACTOR = ENTITY_TYPES.filter((type) => type !== "Project");

export const PROJECT_OR_BODY: readonly EntityType[] = ["Project", "Organization"];
