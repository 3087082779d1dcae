import type { Kysely } from "kysely";
import {
  findRound,
  findRoundById,
  listRounds,
  type RoundRecord,
  type RoundSummary,
} from "../../db/policy.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import type { RoundStatus } from "../../domain/policy/report/round-workflow.ts";

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

function noSuchRound(ref: RoundRef): DomainError {
  const { committee, year, version } = ref;
  return new DomainError(
    "not_found",
    {
      da: `Der er ingen redegørelse for ${committee} ${year}${version === undefined ? "" : ` version ${version}`}.`,
      en: `There is no report for ${committee} ${year}${version === undefined ? "" : ` version ${version}`}.`,
    },
    [
      {
        field: "committee",
        message: `ingen runde for ${committee} ${year}`,
        en: `no round for ${committee} ${year}`,
      },
    ],
  );
}

/** The one way every use case finds the round it is given; a missing round says what was asked for. */
export async function requireRound(db: Kysely<Database>, ref: RoundRef): Promise<RoundRecord> {
  const round = await findRound(db, ref.committee, ref.year, ref.version);
  if (round === undefined) throw noSuchRound(ref);
  return round;
}

/**
 * Whether the committee is shown rounds before they are published. By default it is not: a
 * draft, a round under review or an approved round is the administration's work in progress, and
 * the committee's first sight of a round is the published one. A municipality that wants its
 * committee to follow the work sets UDSYN_COMMITTEE_SEES_DRAFTS=true; the rounds then come with
 * their status, which the web app shows.
 */
export function committeeSeesDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.UDSYN_COMMITTEE_SEES_DRAFTS === "true";
}

/** The per-record rule of every policy read: who may see a round in this status. */
export function maySeeRound(actor: Actor, status: RoundStatus): boolean {
  return actor.role !== "committee" || status === "published" || committeeSeesDrafts();
}

/**
 * The round a reader asked for, as far as they may see it: without a version, the newest version
 * they may see (a committee member gets the published version while its correction is a draft);
 * a round they may not see is "not found", worded as for a round that does not exist, so the
 * answer does not reveal that a draft is there.
 */
export async function requireVisibleRound(
  db: Kysely<Database>,
  actor: Actor,
  ref: RoundRef,
): Promise<RoundRecord> {
  if (ref.version === undefined && !maySeeRound(actor, "draft")) {
    const newest = (await listRounds(db, ref.committee))
      .filter((r) => r.year === ref.year && maySeeRound(actor, r.status))
      .sort((a, b) => b.version - a.version)[0];
    if (newest === undefined) throw noSuchRound(ref);
    return requireRound(db, { ...ref, version: newest.version });
  }
  const round = await requireRound(db, ref);
  if (!maySeeRound(actor, round.status)) throw noSuchRound(ref);
  return round;
}

/** The rounds of `all` the reader may see. */
export function visibleRounds<T extends { readonly status: RoundStatus }>(
  actor: Actor,
  all: readonly T[],
): T[] {
  return all.filter((r) => maySeeRound(actor, r.status));
}

/** A round by its id, as edits and workflow steps name it. */
export async function requireRoundById(db: Kysely<Database>, id: number): Promise<RoundRecord> {
  const round = await findRoundById(db, id);
  if (round === undefined)
    throw new DomainError(
      "not_found",
      { da: `Redegørelse ${id} findes ikke.`, en: `There is no report ${id}.` },
      [{ field: "id", message: "findes ikke", en: "does not exist" }],
    );
  return round;
}

/** A round without its content: what lists, workflow answers and the command line show. */
export function summaryOf(round: RoundRecord): RoundSummary {
  const { content: _content, ...summary } = round;
  return summary;
}
