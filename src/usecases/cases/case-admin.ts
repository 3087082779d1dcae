import {
  caseCounts,
  casesToPurge,
  insertCatalogue,
  listSspCommittees,
  purgeCases as purgeCaseRows,
  type SspCommittee,
  setCommitteesOfUser,
  userExists,
} from "../../db/cases.repository.ts";
import { findUserByName } from "../../db/users.repository.ts";
import { EVERYONE } from "../../domain/access.ts";
import { CASE_ADMINISTRATION, CASE_AGGREGATE_READERS } from "../../domain/cases/case-access.ts";
import { type LevelCatalogue, parseLevelCatalogue } from "../../domain/cases/levels.ts";
import { DomainError } from "../../domain/errors.ts";
import { todayOf } from "../../domain/law/clock.ts";
import { addYears } from "../../domain/law/iso-date.ts";
import { valueOn } from "../../domain/law/value-on.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";
import { caseCatalogue, RETENTION_PARAMETER } from "./case-support.ts";

export const listCaseCommittees = defineUseCase(
  "se SSP-lokaludvalgene",
  EVERYONE,
  async (ctx): Promise<SspCommittee[]> => listSspCommittees(ctx.db),
);

export const showCaseCatalogue = defineUseCase(
  "se sagskataloget",
  EVERYONE,
  async (ctx): Promise<LevelCatalogue & { readonly version: number | null }> => caseCatalogue(ctx.db),
);

/** An edited catalogue becomes the newest version; existing actions keep their due dates. */
export const replaceCaseCatalogue = defineUseCase(
  "ændre sagskataloget",
  CASE_ADMINISTRATION,
  (ctx, actor, input: unknown): Promise<LevelCatalogue & { readonly version: number }> => {
    const catalogue = parseLevelCatalogue(input, "body");
    return inTransaction(ctx, async (trx) => {
      const version = await insertCatalogue(trx, catalogue, actor.name);
      await recordAudit(trx, actor, {
        action: "case_catalogue.replace",
        entity: "case_catalogue",
        entityId: version,
      });
      return { ...catalogue, version };
    });
  },
);

/** Which SSP local committees a user works in (replaces the list). */
export const setUserCaseCommittees = defineUseCase(
  "sætte brugeres SSP-lokaludvalg",
  CASE_ADMINISTRATION,
  (
    ctx,
    actor,
    input: { readonly user: number | string; readonly committees: readonly string[] },
  ): Promise<string[]> =>
    inTransaction(ctx, async (trx) => {
      const userId =
        typeof input.user === "number" ? input.user : (await findUserByName(trx, input.user))?.id;
      if (userId === undefined || !(await userExists(trx, userId))) {
        throw new DomainError(
          "not_found",
          { da: `Bruger ${input.user} findes ikke`, en: `There is no user ${input.user}` },
          [{ field: "user", message: "ukendt bruger", en: "unknown user" }],
        );
      }
      const known = new Set((await listSspCommittees(trx)).map((c) => c.code));
      const unknown = input.committees.filter((c) => !known.has(c));
      if (unknown.length > 0) {
        throw new DomainError(
          "invalid_input",
          {
            da: `Ukendt SSP-lokaludvalg: ${unknown.join(", ")}`,
            en: `Unknown local SSP committee: ${unknown.join(", ")}`,
          },
          [
            {
              field: "committees",
              message: `ukendte koder: ${unknown.join(", ")}`,
              en: `unknown codes: ${unknown.join(", ")}`,
            },
          ],
        );
      }
      const codes = [...new Set(input.committees)].sort();
      await setCommitteesOfUser(trx, userId, codes);
      await recordAudit(trx, actor, {
        action: "user.ssp_committees",
        entity: "app_user",
        entityId: userId,
        details: { committees: codes },
      });
      return codes;
    }),
);

export interface CaseOverview {
  readonly asOf: string;
  readonly committees: readonly SspCommittee[];
  /**
   * Open cases per committee and level, and their overdue actions. Counts of the case load, not
   * of persons' attributes, for the leader groups that steer the work: not suppressed.
   */
  readonly cells: readonly { committee: string; level: number; cases: number; overdueActions: number }[];
}

export const caseOverview = defineUseCase(
  "se overblikket over SSP-sager",
  CASE_AGGREGATE_READERS,
  async (ctx): Promise<CaseOverview> => {
    const asOf = todayOf(ctx.clock);
    return { asOf, committees: await listSspCommittees(ctx.db), cells: await caseCounts(ctx.db, asOf) };
  },
);

/**
 * Deletes the timeline and anonymises the young persons of cases closed longer ago than the
 * retention period (a parameter), for an operator to schedule. `dryRun` only counts.
 */
export const purgeCases = defineUseCase(
  "slette udløbne SSP-sager",
  CASE_ADMINISTRATION,
  async (ctx, actor, input: { readonly dryRun?: boolean | undefined }) => {
    const today = todayOf(ctx.clock);
    const years = valueOn(await ctx.parameters(), RETENTION_PARAMETER, today).value;
    if (years.kind !== "number") throw new Error(`${RETENTION_PARAMETER} er ikke et tal`);
    const closedBy = addYears(today, -years.value);
    return inTransaction(ctx, async (trx) => {
      const cases = await casesToPurge(trx, closedBy);
      if (input.dryRun !== true) {
        await purgeCaseRows(trx, cases);
        await recordAudit(trx, actor, {
          action: "ssp_case.purge",
          entity: "ssp_case",
          details: { closedBy, retentionYears: years.value, ids: cases.map((c) => c.id) },
        });
      }
      return {
        closedBy,
        retentionYears: years.value,
        purged: cases.map((c) => c.id),
        dryRun: input.dryRun === true,
      };
    });
  },
);
