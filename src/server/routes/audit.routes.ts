import { z } from "zod";
import { readAuditLog } from "../../usecases/audit/read-audit-log.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";

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
          entity: z.string().max(64).optional(),
          entityId: z.string().max(128).optional(),
          action: z.string().max(64).optional(),
        }),
        response: { 200: z.object({ entries: z.array(auditRow) }) },
      },
    },
    async (request) => ({ entries: await readAuditLog(useCases, actorOf(request), request.query) }),
  );
}
