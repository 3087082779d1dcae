import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../actor.ts";
import { areasDemo } from "./areas.demo.ts";
import { casesDemo } from "./cases.demo.ts";
import type { DemoSeeder } from "./demo-seeder.ts";
import { policyDemo } from "./policy.demo.ts";
import { registerDemo } from "./register.demo.ts";

/**
 * One part of the demo data. `seed` must be idempotent: it adds what is missing and leaves
 * what is there (including a user's own edits) alone, and reports what it added.
 */
export type { DemoSeeder };

const SEEDERS: readonly DemoSeeder[] = [policyDemo, areasDemo, casesDemo];

/**
 * The demo's parts. `register` adds a synthetic register batch (seconds of import): the embedded
 * default's first start and `udsyn seed-demo` want it; a test that needs only the report does not.
 */
export async function seedDemo(
  db: Kysely<Database>,
  actor: Actor,
  options: { readonly register?: boolean } = {},
): Promise<{ name: string; result: string }[]> {
  const results: { name: string; result: string }[] = [];
  for (const seeder of options.register === true ? [...SEEDERS, registerDemo] : SEEDERS) {
    results.push({ name: seeder.name, result: await seeder.seed(db, actor) });
  }
  return results;
}
