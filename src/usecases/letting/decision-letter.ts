import type { Kysely } from "kysely";
import { knownAreas } from "../../db/areas.repository.ts";
import { type DecisionRecord, findDecision } from "../../db/letting.repository.ts";
import type { Database } from "../../db/schema.ts";
import { CASEWORK } from "../../domain/access.ts";
import { copenhagenDate } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import {
  composeLetter,
  type LetterDecision,
  type SendableLetter,
} from "../../domain/letting/letter/compose-letter.ts";
import type { LetterLanguage } from "../../domain/letting/letter/letter-settings.ts";
import type { LetterFormat } from "../../render/letting/decision-letter.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";
import { letterSettings } from "./letter-settings.ts";
import { findAuditedDecision } from "./stored-decisions.ts";

export interface LetterOptions {
  readonly language: LetterLanguage;
  /** Name and address lines: given when the letter is made, never stored (only pseudonyms are). */
  readonly recipient: { readonly name: string; readonly address: readonly string[] };
}

/** What the stored decision is, for its letter: the decision object, or an annulment of its kind. */
function subjectOf(record: DecisionRecord): LetterDecision {
  if (record.supersedes?.kind === "annulment")
    return { kind: "annulment", of: record.kind, ruleVersionId: record.ruleVersion };
  if (record.kind === "relocation_grant")
    return { kind: "relocation_grant", decision: record.decision as never };
  return { kind: "combined_letting", decision: record.decision as never };
}

/** Area names as the facts know them (the letter never shows an area id). */
export async function areaNames(db: Kysely<Database>): Promise<(id: string) => string | undefined> {
  const names = new Map((await knownAreas(db)).map((a) => [a.areaId, a.areaName]));
  return (id) => names.get(id);
}

/** The letter of a stored decision, dated the Copenhagen day it was made. */
export async function letterOfRecord(
  trx: Kysely<Database>,
  record: DecisionRecord,
  options: LetterOptions,
): Promise<SendableLetter> {
  const earlier = record.supersedes ? await findDecision(trx, record.supersedes.id) : undefined;
  return composeLetter(
    subjectOf(record),
    {
      ...options,
      date: copenhagenDate(new Date(record.decidedAt)),
      decisionId: record.id,
      journalNumber: record.journalNumber ?? undefined,
      hearing: (record.hearing ?? undefined) as never,
      supersedes:
        record.supersedes && earlier
          ? {
              ...record.supersedes,
              decisionId: record.supersedes.id,
              decidedOn: copenhagenDate(new Date(earlier.decidedAt)) as IsoDate,
            }
          : undefined,
      areaName: await areaNames(trx),
    },
    await letterSettings(),
  );
}

/** A stored decision's letter as PDF or accessible HTML; the read is audited as a letter. */
export const decisionLetter = defineUseCase(
  "skrive afgørelser som brev",
  CASEWORK,
  async (
    ctx,
    actor,
    input: LetterOptions & { readonly id: number; readonly format: LetterFormat },
  ): Promise<{ record: DecisionRecord; body: Buffer; contentType: string; extension: string }> => {
    const { record, letter } = await inTransaction(ctx, async (trx) => {
      const found = await findAuditedDecision(trx, actor, input.id, "letter");
      return { record: found, letter: await letterOfRecord(trx, found, input) };
    });
    // pdfmake is loaded when a letter is written, not at every start of the CLI.
    const { renderDecisionLetter } = await import("../../render/letting/decision-letter.ts");
    return { record, ...(await renderDecisionLetter(letter, input.format)) };
  },
);
