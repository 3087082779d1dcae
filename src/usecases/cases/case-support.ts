import type { Kysely } from "kysely";
import { type CaseRecord, committeesOfUser, findCase, latestCatalogue } from "../../db/cases.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { type AgeGroup, ageGroupOn } from "../../domain/cases/age-group.ts";
import { type CaseAccess, caseAccess, refuseCase } from "../../domain/cases/case-access.ts";
import { type CaseState, isOverdue } from "../../domain/cases/case-lifecycle.ts";
import { type LevelCatalogue, parseLevelCatalogue } from "../../domain/cases/levels.ts";
import { CLOSING_DAYS, type ClosingDay, WorkingDays } from "../../domain/cases/working-days.ts";
import { DomainError } from "../../domain/errors.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import { valueOn } from "../../domain/law/value-on.ts";
import { defaultCaseCatalogue } from "../../rules/load-case-catalogue.ts";

/** The catalogue in force: the newest version an administrator stored, else the shipped default. */
export async function caseCatalogue(
  db: Kysely<Database>,
): Promise<LevelCatalogue & { readonly version: number | null }> {
  const stored = await latestCatalogue(db);
  if (stored === undefined) return { ...defaultCaseCatalogue(), version: null };
  return { ...parseLevelCatalogue(stored.content), version: stored.id };
}

export const STORE_BEDEDAG = "helligdage.store_bededag";
export const CLOSING_DAYS_PARAMETER = "kobenhavn.ssp.lukkedage";
export const RETENTION_PARAMETER = "kobenhavn.ssp.opbevaringsperiode";

/** Working days by the parameters: store bededag per year, the closing days in force today. */
export function workingDaysOf(params: ParameterSet, today: IsoDate): WorkingDays {
  const closing = valueOn(params, CLOSING_DAYS_PARAMETER, today).value;
  const closingDays = (closing.kind === "list" ? closing.value : []).filter((d): d is ClosingDay =>
    (CLOSING_DAYS as readonly string[]).includes(d),
  );
  return new WorkingDays({
    storeBededag: (year) => {
      const value = valueOn(params, STORE_BEDEDAG, `${year}-06-30`).value;
      return value.kind === "boolean" && value.value;
    },
    closingDays,
  });
}

export async function membershipsOf(db: Kysely<Database>, actor: Actor): Promise<string[]> {
  return actor.userId === null ? [] : committeesOfUser(db, actor.userId);
}

/** A case `actor` may see; not found is a 404, another committee's case a 403. */
export async function accessibleCase(
  trx: Kysely<Database>,
  actor: Actor,
  id: number,
  options: { readonly lock?: boolean; readonly needPerson?: boolean } = {},
): Promise<{ readonly record: CaseRecord; readonly access: Exclude<CaseAccess, "none"> }> {
  const record = await findCase(trx, id, { lock: options.lock === true });
  if (record === undefined) {
    throw new DomainError("not_found", { da: `Sag ${id} findes ikke`, en: `There is no case ${id}` }, [
      { field: "id", message: `ingen sag med id ${id}`, en: `no case with id ${id}` },
    ]);
  }
  const access = caseAccess(actor, await membershipsOf(trx, actor), record.committee);
  if (access === "none" || (options.needPerson === true && access !== "with_person")) throw refuseCase(id);
  return { record, access };
}

export function stateOf(record: CaseRecord): CaseState {
  return {
    level: record.level,
    openedOn: record.openedOn,
    closedOn: record.closedOn,
    actions: record.actions,
  };
}

export interface CaseActionView {
  readonly id: number;
  readonly key: string;
  readonly title: string;
  readonly responsible: string;
  readonly level: number;
  readonly createdOn: string;
  readonly dueOn: string;
  readonly status: "open" | "completed" | "lapsed";
  readonly completedOn: string | null;
  readonly overdue: boolean;
}

export interface CaseView {
  readonly id: number;
  readonly level: number;
  readonly levelName: string;
  readonly committee: string;
  readonly pseudonym: string;
  readonly ageGroup: AgeGroup | null;
  readonly birthYear: number;
  /** Name and contact only for caseworkers of the committee; null otherwise. */
  readonly name: string | null;
  readonly contact: string | null;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly closeReason: string | null;
  readonly actions: readonly CaseActionView[];
}

export function caseView(
  record: CaseRecord,
  access: Exclude<CaseAccess, "none">,
  catalogue: LevelCatalogue,
  today: IsoDate,
): CaseView {
  const withPerson = access === "with_person";
  return {
    id: record.id,
    level: record.level,
    levelName: catalogue.levels.find((l) => l.level === record.level)?.name ?? String(record.level),
    committee: record.committee,
    pseudonym: record.person.pseudonym,
    ageGroup:
      record.person.birthMonth === null
        ? null
        : ageGroupOn(record.person.birthYear, record.person.birthMonth, today),
    birthYear: record.person.birthYear,
    name: withPerson ? record.person.name : null,
    contact: withPerson ? record.person.contact : null,
    openedOn: record.openedOn,
    closedOn: record.closedOn,
    closeReason: record.closeReason,
    actions: record.actions.map((a) => ({ ...a, overdue: isOverdue(a, today) })),
  };
}
