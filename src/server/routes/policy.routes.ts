import type { FastifyReply } from "fastify";
import { z } from "zod";
import { listOrganisationUnits, listRounds, type RoundRecord } from "../../db/policy.repository.ts";
import { budgetTableView } from "../../domain/policy/report/budget-table-view.ts";
import { allowedTransitions, roundStatuses } from "../../domain/policy/report/round-workflow.ts";
import {
  CSV_TABLES,
  exportRoundCsv,
  exportRoundXlsx,
  REPORT_FORMATS,
  type RenderedFile,
  renderReport,
} from "../../usecases/policy/report.service.ts";
import {
  changesSinceSource,
  createCorrection,
  findingsOf,
  importRoundXlsx,
  requireRound,
  type StatedTotalTarget,
  startNextRound,
  transitionRound,
  updateBudgetCell,
  updateStatedTotal,
  updateStatusField,
} from "../../usecases/policy/round.service.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";
import { isoDate, year } from "../schemas.ts";

const READERS = ["admin", "analyst", "caseworker", "committee"] as const;
const EDITORS = ["admin", "analyst"] as const;
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

const committeeYear = z.strictObject({
  committee: z.string().regex(/^[A-ZÆØÅ]{2,6}$/, "udvalgskode, fx SUD"),
  year,
});
const versionQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });
const roundId = z.strictObject({ id: z.coerce.number().int().min(1) });

const roundSummary = z.object({
  id: z.number(),
  committeeCode: z.string(),
  year: z.number(),
  version: z.number(),
  status: z.enum(roundStatuses),
  deadline: z.string().nullable(),
  createdFromId: z.number().nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});

function summary(round: RoundRecord) {
  const { content: _content, ...rest } = round;
  return { ...rest, allowedTransitions: [...allowedTransitions(round.status)] };
}

function sendFile(reply: FastifyReply, file: RenderedFile, inline = false): FastifyReply {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", `${inline ? "inline" : "attachment"}; filename="${file.fileName}"`)
    .send(file.body);
}

export function policyRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.database;
  const tags = ["redegørelse"];
  /** The round a /rounds/:committee/:year route names, at ?version= or the newest. */
  const roundOf = (request: {
    readonly params: { readonly committee: string; readonly year: number };
    readonly query: { readonly version?: number | undefined };
  }) => requireRound(db, request.params.committee, request.params.year, request.query.version);

  app.get(
    "/api/policy/organisations",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "Udvalg og forvaltninger",
        tags,
        response: {
          200: z.object({
            units: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                kind: z.string(),
                administrationCode: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ units: await listOrganisationUnits(db) }),
  );

  app.get(
    "/api/policy/rounds",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "Redegørelsesrunder (nyeste først)",
        tags,
        response: { 200: z.object({ rounds: z.array(roundSummary) }) },
      },
    },
    async () => ({ rounds: await listRounds(db) }),
  );

  app.post(
    "/api/policy/rounds",
    {
      config: { access: [...EDITORS] },
      schema: {
        summary: "Anmod om en ny års redegørelse (kopi af udvalgets seneste)",
        tags,
        body: z.strictObject({
          committee: committeeYear.shape.committee,
          year: z.number().int().min(1900).max(2200),
          requestDate: isoDate,
          deadline: isoDate.nullable(),
        }),
      },
    },
    async (request, reply) =>
      reply.code(201).send(summary(await startNextRound(db, actorOf(request), request.body))),
  );

  app.get(
    "/api/policy/rounds/:committee/:year",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "En redegørelse: status og indhold",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request) => {
      const round = await roundOf(request);
      return { ...summary(round), content: round.content };
    },
  );

  app.get(
    "/api/policy/rounds/:committee/:year/validation",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "Valideringsfund for en redegørelse",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request) => {
      const round = await roundOf(request);
      return { roundId: round.id, version: round.version, findings: findingsOf(round) };
    },
  );

  app.get(
    "/api/policy/rounds/:committee/:year/budget",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "Økonomisk oversigt med beregnede totaler",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request) => {
      const round = await roundOf(request);
      const { budget } = round.content;
      return {
        roundId: round.id,
        status: round.status,
        heading: budget.heading,
        tables: budget.tables.map((table, index) => ({
          table,
          view: budgetTableView(table, budget.footnotes, index + 1),
        })),
        findings: findingsOf(round).filter((f) => f.location.table !== undefined),
      };
    },
  );

  app.get(
    "/api/policy/rounds/:committee/:year/changes",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "Ændringer felt for felt siden runden, den er kopieret fra",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request) => {
      const round = await roundOf(request);
      const { source, changes } = await changesSinceSource(db, round);
      return { round: summary(round), source: source === null ? null : summary(source), changes };
    },
  );

  app.get(
    "/api/policy/rounds/:committee/:year/report.:format",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "Redegørelsen som HTML, DOCX eller PDF",
        tags,
        params: committeeYear.extend({ format: z.enum(REPORT_FORMATS) }),
        querystring: versionQuery.extend({ inline: z.enum(["1"]).optional() }),
      },
    },
    async (request, reply) => {
      const round = await roundOf(request);
      return sendFile(
        reply,
        await renderReport(db, round, request.params.format),
        request.query.inline === "1",
      );
    },
  );

  app.get(
    "/api/policy/rounds/:committee/:year/export.xlsx",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "Økonomi og statusskemaer i den faste XLSX-skabelon",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request, reply) => {
      const round = await roundOf(request);
      return sendFile(reply, await exportRoundXlsx(round));
    },
  );

  app.get(
    "/api/policy/rounds/:committee/:year/export/:table.csv",
    {
      config: { access: [...READERS] },
      schema: {
        summary: "En tabel som CSV (semikolon, UTF-8)",
        tags,
        params: committeeYear.extend({ table: z.enum(CSV_TABLES) }),
        querystring: versionQuery,
      },
    },
    async (request, reply) => {
      const round = await roundOf(request);
      return sendFile(reply, exportRoundCsv(round, request.params.table));
    },
  );

  app.put(
    "/api/policy/rounds/:id/initiatives/:initiativeId/fields/:field",
    {
      config: { access: [...EDITORS] },
      schema: {
        summary: "Ret et felt i et statusskema",
        tags,
        params: roundId.extend({
          initiativeId: z.string().min(1).max(100),
          field: z.string().min(1).max(50),
        }),
        body: z.strictObject({ text: z.string().max(50_000) }),
      },
    },
    async (request) => {
      const { id, initiativeId, field } = request.params;
      return summary(
        await updateStatusField(db, actorOf(request), id, initiativeId, field, request.body.text),
      );
    },
  );

  app.put(
    "/api/policy/rounds/:id/budget/:tableId/:lineId/:year",
    {
      config: { access: [...EDITORS] },
      schema: {
        summary: "Ret et beløb i den økonomiske oversigt",
        tags,
        params: roundId.extend({
          tableId: z.string().min(1).max(100),
          lineId: z.string().min(1).max(100),
          year,
        }),
        body: z.strictObject({
          cell: z.discriminatedUnion("kind", [
            z.strictObject({
              kind: z.literal("amount"),
              amount: z.number().int().min(0).max(100_000_000_000),
            }),
            z.strictObject({ kind: z.literal("dash") }),
            z.strictObject({ kind: z.literal("blank") }),
          ]),
        }),
      },
    },
    async (request) => {
      const { id, tableId, lineId, year: y } = request.params;
      return summary(await updateBudgetCell(db, actorOf(request), id, tableId, lineId, y, request.body.cell));
    },
  );

  app.put(
    "/api/policy/rounds/:id/budget/:tableId/stated-total",
    {
      config: { access: [...EDITORS] },
      schema: {
        summary:
          "Ret en angiven total (som indberettet): en linjes i alt (lineId), et års i alt (year) eller tabellens samlede i alt",
        tags,
        params: roundId.extend({ tableId: z.string().min(1).max(100) }),
        body: z
          .strictObject({
            lineId: z.string().min(1).max(100).optional(),
            year: z.number().int().min(1900).max(2200).optional(),
            amount: z.number().int().min(0).max(100_000_000_000).nullable(),
          })
          .refine((b) => b.lineId === undefined || b.year === undefined, {
            message: "angiv enten lineId eller year",
            path: ["year"],
          }),
      },
    },
    async (request) => {
      const { lineId, year: y, amount } = request.body;
      const target: StatedTotalTarget =
        lineId !== undefined
          ? { kind: "line", lineId }
          : y !== undefined
            ? { kind: "year", year: y }
            : { kind: "grand" };
      return summary(
        await updateStatedTotal(
          db,
          actorOf(request),
          request.params.id,
          request.params.tableId,
          target,
          amount,
        ),
      );
    },
  );

  app.post(
    "/api/policy/rounds/:id/transition",
    {
      config: { access: [...EDITORS] },
      schema: {
        summary: "Flyt redegørelsen i arbejdsgangen",
        tags,
        params: roundId,
        body: z.strictObject({ to: z.enum(roundStatuses) }),
      },
    },
    async (request) =>
      summary(await transitionRound(db, actorOf(request), request.params.id, request.body.to)),
  );

  app.post(
    "/api/policy/rounds/:id/corrections",
    {
      config: { access: [...EDITORS] },
      schema: { summary: "Ny version af en offentliggjort redegørelse (rettelse)", tags, params: roundId },
    },
    async (request, reply) =>
      reply.code(201).send(summary(await createCorrection(db, actorOf(request), request.params.id))),
  );

  app.post(
    "/api/policy/rounds/:id/import.xlsx",
    {
      config: { access: [...EDITORS] },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: "Indlæs økonomi og statusskemaer fra XLSX-skabelonen (alt eller intet)",
        tags,
        params: roundId,
        body: z.strictObject({ fileName: z.string().min(1).max(255), contentBase64: z.string().min(1) }),
      },
    },
    async (request) => {
      const file = Buffer.from(request.body.contentBase64, "base64");
      return summary(await importRoundXlsx(db, actorOf(request), request.params.id, file));
    },
  );
}
