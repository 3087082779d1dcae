import type { Kysely } from "kysely";
import { findRound, findRoundById, type RoundRecord, type RoundSummary } from "../../db/policy.repository.ts";
import type { Database } from "../../db/schema.ts";
import { DomainError } from "../../domain/errors.ts";

export type { RoundRecord, RoundSummary };

/**
 * A round as a person names it, on the API (`/rounds/SUD/2010?version=1`) and on the command
 * line (`--committee SUD --year 2010 --version 1`): the given version, or else the newest.
 */
export interface RoundRef {
  readonly committee: string;
  readonly year: number;
  readonly version?: number | undefined;
}

/** The one way every use case finds the round it is given; a missing round says what was asked for. */
export async function requireRound(db: Kysely<Database>, ref: RoundRef): Promise<RoundRecord> {
  const { committee, year, version } = ref;
  const round = await findRound(db, committee, year, version);
  if (round === undefined) {
    throw new DomainError(
      "not_found",
      `Der er ingen redegørelse for ${committee} ${year}${version === undefined ? "" : ` version ${version}`}.`,
      [{ field: "committee", message: `ingen runde for ${committee} ${year}` }],
    );
  }
  return round;
}

/** A round by its id, as edits and workflow steps name it. */
export async function requireRoundById(db: Kysely<Database>, id: number): Promise<RoundRecord> {
  const round = await findRoundById(db, id);
  if (round === undefined)
    throw new DomainError("not_found", `Redegørelse ${id} findes ikke.`, [
      { field: "id", message: "findes ikke" },
    ]);
  return round;
}

/** A round without its content: what lists, workflow answers and the command line show. */
export function summaryOf(round: RoundRecord): RoundSummary {
  const { content: _content, ...summary } = round;
  return summary;
}
