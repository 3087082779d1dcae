import { z } from "zod";
import { roundPartEditSchema } from "../../../domain/policy/report/round-parts.ts";
import { editBudgetCell } from "../../../usecases/policy/edit-budget-cell.ts";
import { editRoundPart } from "../../../usecases/policy/edit-round-part.ts";
import { editStatedTotal, type StatedTotalTarget } from "../../../usecases/policy/edit-stated-total.ts";
import { editStatusField } from "../../../usecases/policy/edit-status-field.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { year } from "../../schemas.ts";
import { roundId, roundState, summary, tags } from "./shared.ts";

/** The revision of the round the editor saw: every edit carries it, and a stale one is refused (409). */
const revision = z.number().int().min(1);

/** Field-by-field edits of a round's content: any part, a status-schema field, an amount, a stated total. */
export function roundEditRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/policy/rounds/:id/edits",
    {
      config: { access: editRoundPart.access },
      schema: {
        summary:
          "Ret en del af redegørelsen: brevhoved, tekster, et mål, en indikator, et måltal, en måling, en vurdering, en indsats, eller markér et overført felt som gennemgået. `revision` er den udgave, ændringen er lavet på; er redegørelsen ændret siden, svares 409",
        tags,
        params: roundId,
        body: z.strictObject({ revision, edit: roundPartEditSchema }),
        response: { 200: roundState },
      },
    },
    async (request) =>
      summary(
        await editRoundPart(ctx.useCases, actorOf(request), {
          roundId: request.params.id,
          revision: request.body.revision,
          edit: request.body.edit,
        }),
      ),
  );

  app.put(
    "/api/policy/rounds/:id/initiatives/:initiativeId/fields/:field",
    {
      config: { access: editStatusField.access },
      schema: {
        summary:
          "Ret et felt i et statusskema. `revision` er den udgave, ændringen er lavet på; er redegørelsen ændret siden, svares 409",
        tags,
        params: roundId.extend({
          initiativeId: z.string().min(1).max(100),
          field: z.string().min(1).max(50),
        }),
        body: z.strictObject({ revision, text: z.string().max(50_000) }),
        response: { 200: roundState },
      },
    },
    async (request) => {
      const { id, initiativeId, field } = request.params;
      return summary(
        await editStatusField(ctx.useCases, actorOf(request), {
          roundId: id,
          initiativeId,
          field,
          revision: request.body.revision,
          text: request.body.text,
        }),
      );
    },
  );

  app.put(
    "/api/policy/rounds/:id/budget/:tableId/:lineId/:year",
    {
      config: { access: editBudgetCell.access },
      schema: {
        summary:
          "Ret et beløb i den økonomiske oversigt. `revision` er den udgave, ændringen er lavet på; er redegørelsen ændret siden, svares 409",
        tags,
        params: roundId.extend({
          tableId: z.string().min(1).max(100),
          lineId: z.string().min(1).max(100),
          year,
        }),
        body: z.strictObject({
          revision,
          cell: z.discriminatedUnion("kind", [
            z.strictObject({
              kind: z.literal("amount"),
              amount: z.number().int().min(0).max(100_000_000_000),
            }),
            z.strictObject({ kind: z.literal("dash") }),
            z.strictObject({ kind: z.literal("blank") }),
          ]),
        }),
        response: { 200: roundState },
      },
    },
    async (request) => {
      const { id, tableId, lineId, year: y } = request.params;
      return summary(
        await editBudgetCell(ctx.useCases, actorOf(request), {
          roundId: id,
          tableId,
          lineId,
          year: y,
          revision: request.body.revision,
          cell: request.body.cell,
        }),
      );
    },
  );

  app.put(
    "/api/policy/rounds/:id/budget/:tableId/stated-total",
    {
      config: { access: editStatedTotal.access },
      schema: {
        summary:
          "Ret en angiven total (som indberettet): en linjes i alt (lineId), et års i alt (year) eller tabellens samlede i alt. `revision` er den udgave, ændringen er lavet på; er redegørelsen ændret siden, svares 409",
        tags,
        params: roundId.extend({ tableId: z.string().min(1).max(100) }),
        body: z
          .strictObject({
            revision,
            lineId: z.string().min(1).max(100).optional(),
            year: z.number().int().min(1900).max(2200).optional(),
            amount: z.number().int().min(0).max(100_000_000_000).nullable(),
          })
          .refine((b) => b.lineId === undefined || b.year === undefined, {
            message: "angiv enten lineId eller year",
            path: ["year"],
          }),
        response: { 200: roundState },
      },
    },
    async (request) => {
      const { lineId, year: y, amount, revision: seen } = request.body;
      // The body names at most one of line and year; neither means the table's grand total.
      const target: StatedTotalTarget =
        lineId !== undefined
          ? { kind: "line", lineId }
          : y !== undefined
            ? { kind: "year", year: y }
            : { kind: "grand" };
      return summary(
        await editStatedTotal(ctx.useCases, actorOf(request), {
          roundId: request.params.id,
          tableId: request.params.tableId,
          revision: seen,
          target,
          amount,
        }),
      );
    },
  );
}
