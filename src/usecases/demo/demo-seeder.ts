import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../actor.ts";

/** One module's demo data: seeds what is missing and says what it did ("" when nothing was new). */
export interface DemoSeeder {
  readonly name: string;
  seed(db: Kysely<Database>, actor: Actor): Promise<string>;
}
