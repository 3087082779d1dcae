import type { FastifyReply } from "fastify";
import { z } from "zod";
import { reportingRoundSchema } from "../../../domain/policy/report/reporting-round.ts";
import { allowedTransitions, roundStatuses } from "../../../domain/policy/report/round-workflow.ts";
import type { RenderedFile } from "../../../usecases/policy/rendered-file.ts";
import { type RoundRecord, type RoundRef, summaryOf } from "../../../usecases/policy/round-lookup.ts";
import { DOCUMENT_CSP } from "../../http-headers.ts";
import { positiveInteger, year } from "../../schemas.ts";

/** The request pieces and answers every policy route module shares. */

export const tags = ["redegørelse"];

export const committeeYear = z.strictObject({
  committee: z.string().regex(/^[A-ZÆØÅ]{2,6}$/, "udvalgskode, fx SUD"),
  year,
});
export const versionQuery = z.strictObject({ version: positiveInteger.optional() });
export const roundId = z.strictObject({ id: positiveInteger });

/** A round without its content, as `GET /api/policy/rounds` lists it. */
export const roundSummary = z.object({
  id: z.number(),
  committeeCode: z.string(),
  year: z.number(),
  version: z.number(),
  status: z.enum(roundStatuses),
  deadline: z.string().nullable(),
  createdFromId: z.number().nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  /** Counts content changes: send it with an edit (`revision`) so a stale edit is refused. */
  revision: z.number(),
});

/** What every state-changing round route answers (`summary` below): the summary and where it may go next. */
export const roundState = roundSummary.extend({
  allowedTransitions: z.array(z.enum(roundStatuses)).readonly(),
});

/** `GET /rounds/:committee/:year`: the round's state and its content whole. */
export const roundDetail = roundState.extend({ content: reportingRoundSchema });

/** The round a `/rounds/:committee/:year` route names, at `?version=` or the newest. */
export function roundRefOf(request: {
  readonly params: { readonly committee: string; readonly year: number };
  readonly query: { readonly version?: number | undefined };
}): RoundRef {
  return { committee: request.params.committee, year: request.params.year, version: request.query.version };
}

/** A round without its content, with the steps the web app may offer next. */
export function summary(round: RoundRecord) {
  return { ...summaryOf(round), allowedTransitions: [...allowedTransitions(round.status)] };
}

export function sendFile(reply: FastifyReply, file: RenderedFile, inline = false): FastifyReply {
  // The HTML report has its own, script-free policy (see DOCUMENT_CSP); the app's would strip its styles.
  if (file.contentType.startsWith("text/html")) reply.header("content-security-policy", DOCUMENT_CSP);
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", `${inline ? "inline" : "attachment"}; filename="${file.fileName}"`)
    .send(file.body);
}
