import { z } from "zod";
import { auditActions, auditEntities } from "../../domain/audit-actions.ts";
import { readAuditLog } from "../../usecases/audit/read-audit-log.ts";
import { readImportHistory } from "../../usecases/audit/read-import-history.ts";
import { verifyAuditLog } from "../../usecases/audit/verify-audit-log.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";
import { isoDate } from "../schemas.ts";

const auditRow = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

const auditVerification = z.object({
  intact: z.boolean(),
  rows: z.number().int(),
  lastId: z.string().nullable(),
  seal: z
    .string()
    .nullable()
    .describe("sha256 over alle kæders hoveder (når intakt): noteres uden for databasen sammen med `lanes`"),
  lanes: z
    .array(z.object({ lane: z.number().int(), lastId: z.string().nullable(), lastHash: z.string() }))
    .describe("Hver kædes hoved, som det blev læst da kontrollen begyndte"),
  breaks: z
    .array(
      z.object({
        kind: z.enum(["changed", "unlinked", "tail_missing", "head_missing"]),
        lane: z.number().int().nullable(),
        id: z.string().nullable(),
        missing: z.object({ fromId: z.string(), toId: z.string() }).nullable(),
        message: z.string(),
      }),
    )
    .describe("Hver brudt kædes første brud; tom når revisionssporet er intakt"),
  message: z.string(),
});

export function auditRoutes(app: App, ctx: AppContext): void {
  const { useCases } = ctx;

  app.get(
    "/api/audit",
    {
      config: { access: readAuditLog.access },
      schema: {
        summary: "Revisionsspor (nyeste først)",
        tags: ["admin"],
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          beforeId: z.string().regex(/^\d+$/).optional(),
          entity: z
            .enum(auditEntities)
            .optional()
            .describe("En posttype fra revisionssporets tabel over posttyper"),
          entityId: z.string().max(128).optional(),
          action: z
            .enum(auditActions)
            .optional()
            .describe("En handling fra revisionssporets tabel over handlinger"),
          actor: z.string().max(200).optional(),
          from: isoDate.optional().describe("Fra og med denne dato (København)"),
          to: isoDate.optional().describe("Til og med denne dato (København)"),
        }),
        response: { 200: z.object({ entries: z.array(auditRow) }) },
      },
    },
    async (request) => ({ entries: await readAuditLog(useCases, actorOf(request), request.query) }),
  );
  app.get(
    "/api/audit/imports",
    {
      config: { access: readImportHistory.access },
      schema: {
        summary: "Indlæsninger: områdefakta, offentliggjorte lister og registerudtræk (nyeste først)",
        description: "Hvem, hvornår, hvor mange rækker, og om filen blev indlæst eller afvist.",
        tags: ["admin"],
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          beforeId: z.string().regex(/^\d+$/).optional(),
        }),
        response: {
          200: z.object({
            imports: z.array(
              z.object({
                id: z.string(),
                at: z.string(),
                actorName: z.string(),
                kind: z.enum(["area_facts", "published_lists", "register_batch", "register_facts"]),
                source: z.string(),
                rows: z.number().nullable(),
                replaced: z.number().nullable(),
                status: z.enum(["imported", "refused"]),
                message: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ imports: await readImportHistory(useCases, actorOf(request), request.query) }),
  );
  app.get(
    "/api/audit/verify",
    {
      config: { access: verifyAuditLog.access },
      schema: {
        summary: "Kontrollér revisionssporets hash-kæder (første brud i hver brudt kæde)",
        description:
          "Revisionssporet er flere uafhængige hash-kæder. Genberegner hver rækkes hash ud fra dens indhold og den foregående rækkes hash i samme kæde. Svarer 200 også når en kæde er brudt; se `intact` og `breaks`.",
        tags: ["admin"],
        response: { 200: auditVerification },
      },
    },
    async (request) => verifyAuditLog(useCases, actorOf(request), undefined),
  );
}
