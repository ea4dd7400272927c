/**
 * All message catalogues, one file per area, each with `vi` (primary) and `en`.
 * Add an area: create `<area>.ts` exporting `{ vi, en }` and list it here.
 */
import { cli } from "./cli";
import { documents } from "./documents";
import { excel } from "./excel";
import { foundation } from "./foundation";
import { ranking } from "./ranking";
import { reading } from "./reading";
import { review } from "./review";
import { rules } from "./rules";
import { taskpane } from "./taskpane";
import { validation } from "./validation";

export type Catalogue = Readonly<Record<string, string>>;
export interface AreaMessages {
  readonly vi: Catalogue;
  readonly en: Catalogue;
}

export const AREAS: ReadonlyArray<AreaMessages> = [reading, cli, excel, ranking, review, rules, validation, documents, foundation, taskpane];
