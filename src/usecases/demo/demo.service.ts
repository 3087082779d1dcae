import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../actor.ts";
import { areasDemo } from "./areas.demo.ts";
import { casesDemo } from "./cases.demo.ts";
import type { DemoSeeder } from "./demo-seeder.ts";
import { policyDemo } from "./policy.demo.ts";

/**
 * One part of the demo data. `seed` must be idempotent: it adds what is missing and leaves
 * what is there (including a user's own edits) alone, and reports what it added.
 */
export type { DemoSeeder };

const SEEDERS: readonly DemoSeeder[] = [policyDemo, areasDemo, casesDemo];

export async function seedDemo(
  db: Kysely<Database>,
  actor: Actor,
): Promise<{ name: string; result: string }[]> {
  const results: { name: string; result: string }[] = [];
  for (const seeder of SEEDERS) {
    results.push({ name: seeder.name, result: await seeder.seed(db, actor) });
  }
  return results;
}
