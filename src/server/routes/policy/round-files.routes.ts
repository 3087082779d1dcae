import { z } from "zod";
import { REPORT_FORMATS, reportDocument } from "../../../usecases/policy/report-document.ts";
import { CSV_TABLES, exportRoundCsv } from "../../../usecases/policy/round-csv.ts";
import { exportRoundXlsx } from "../../../usecases/policy/round-xlsx.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { committeeYear, roundRefOf, sendFile, tags, versionQuery } from "./shared.ts";

/** A round as files: the report (HTML, DOCX, PDF), the XLSX template, a table as CSV. */
export function roundFileRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/policy/rounds/:committee/:year/report.:format",
    {
      config: { access: reportDocument.access },
      schema: {
        summary: "Redegørelsen som HTML, DOCX eller PDF",
        tags,
        params: committeeYear.extend({ format: z.enum(REPORT_FORMATS) }),
        querystring: versionQuery.extend({ inline: z.enum(["1"]).optional() }),
      },
    },
    async (request, reply) => {
      const file = await reportDocument(ctx.useCases, actorOf(request), {
        ...roundRefOf(request),
        format: request.params.format,
      });
      return sendFile(reply, file, request.query.inline === "1");
    },
  );

  app.get(
    "/api/policy/rounds/:committee/:year/export.xlsx",
    {
      config: { access: exportRoundXlsx.access },
      schema: {
        summary: "Økonomi og statusskemaer i den faste XLSX-skabelon",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportRoundXlsx(ctx.useCases, actorOf(request), roundRefOf(request))),
  );

  app.get(
    "/api/policy/rounds/:committee/:year/export/:table.csv",
    {
      config: { access: exportRoundCsv.access },
      schema: {
        summary: "En tabel som CSV (semikolon, UTF-8)",
        tags,
        params: committeeYear.extend({ table: z.enum(CSV_TABLES) }),
        querystring: versionQuery,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportRoundCsv(ctx.useCases, actorOf(request), {
          ...roundRefOf(request),
          table: request.params.table,
        }),
      ),
  );
}
