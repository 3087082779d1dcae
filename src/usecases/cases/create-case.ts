import {
  appendCaseEvent,
  findCase,
  findPersonByPseudonym,
  insertActions,
  insertCase,
  insertPerson,
  isDuplicatePerson,
  listSspCommittees,
} from "../../db/cases.repository.ts";
import { CASE_HANDLERS, caseAccess, refuseCommittee } from "../../domain/cases/case-access.ts";
import { notInFuture, openCase } from "../../domain/cases/case-lifecycle.ts";
import { DomainError } from "../../domain/errors.ts";
import { todayOf } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";
import { type CaseView, caseCatalogue, caseView, membershipsOf, workingDaysOf } from "./case-support.ts";

export interface NewCaseInput {
  readonly committee: string;
  readonly pseudonym: string;
  readonly birthYear: number;
  readonly birthMonth: number;
  readonly name?: string | undefined;
  readonly contact?: string | undefined;
  readonly level: number;
  /** Defaults to today. */
  readonly openedOn?: IsoDate | undefined;
}

function duplicate(input: NewCaseInput): DomainError {
  return new DomainError(
    "conflict",
    {
      da: `Den unge ${input.pseudonym} er allerede registreret i lokaludvalget`,
      en: `The young person ${input.pseudonym} is already registered in the local committee`,
    },
    [
      {
        field: "pseudonym",
        message: `${input.pseudonym} findes allerede i ${input.committee}`,
        en: `${input.pseudonym} is already in ${input.committee}`,
      },
    ],
  );
}

/**
 * Registers a young person in the caseworker's SSP local committee and opens a case at a level:
 * the level's required actions get their due dates in working days from the opening date.
 */
export const createCase = defineUseCase(
  "oprette SSP-sager",
  CASE_HANDLERS,
  async (ctx, actor, input: NewCaseInput): Promise<CaseView> => {
    const today = todayOf(ctx.clock);
    const openedOn = input.openedOn ?? today;
    const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    if (input.birthYear > year || (input.birthYear === year && input.birthMonth > month)) {
      throw new DomainError(
        "invalid_input",
        { da: "Fødselsmåneden ligger efter i dag", en: "The month of birth is after today" },
        [
          {
            field: "birthMonth",
            message: `${input.birthYear}-${input.birthMonth} ligger efter i dag`,
            en: `${input.birthYear}-${input.birthMonth} is after today`,
          },
        ],
      );
    }
    notInFuture(openedOn, today, "openedOn");
    const params = await ctx.parameters();
    try {
      return await inTransaction(ctx, async (trx) => {
        const committees = await listSspCommittees(trx);
        if (!committees.some((c) => c.code === input.committee)) {
          throw new DomainError(
            "invalid_input",
            {
              da: `Ukendt SSP-lokaludvalg: ${input.committee}`,
              en: `Unknown local SSP committee: ${input.committee}`,
            },
            [
              {
                field: "committee",
                message: `intet lokaludvalg med koden ${input.committee}`,
                en: `no local committee with the code ${input.committee}`,
              },
            ],
          );
        }
        if (caseAccess(actor, await membershipsOf(trx, actor), input.committee) !== "with_person") {
          throw refuseCommittee(input.committee);
        }
        const catalogue = await caseCatalogue(trx);
        const opening = openCase(
          { level: input.level, openedOn },
          catalogue,
          workingDaysOf(params, today),
          today,
        );
        if ((await findPersonByPseudonym(trx, input.committee, input.pseudonym)) !== undefined)
          throw duplicate(input);
        const personId = await insertPerson(trx, {
          committeeCode: input.committee,
          pseudonym: input.pseudonym,
          birthYear: input.birthYear,
          birthMonth: input.birthMonth,
          name: input.name ?? null,
          contact: input.contact ?? null,
        });
        const id = await insertCase(trx, {
          personId,
          committee: input.committee,
          level: opening.level,
          openedOn,
          createdBy: actor.name,
        });
        await insertActions(trx, id, opening.actions);
        await appendCaseEvent(trx, {
          caseId: id,
          onDate: openedOn,
          kind: "opened",
          level: opening.level,
          details: { actions: opening.actions.map((a) => ({ key: a.key, dueOn: a.dueOn })) },
          actorName: actor.name,
        });
        await recordAudit(trx, actor, {
          action: "ssp_case.create",
          entity: "ssp_case",
          entityId: id,
          details: { committee: input.committee, level: opening.level, catalogueVersion: catalogue.version },
        });
        const record = await findCase(trx, id);
        if (record === undefined) throw new Error(`sag ${id} forsvandt`);
        return caseView(record, "with_person", catalogue, today);
      });
    } catch (error) {
      // Two registrations of the same person racing past the check: the constraint decides.
      if (isDuplicatePerson(error)) throw duplicate(input);
      throw error;
    }
  },
);
