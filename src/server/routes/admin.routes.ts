import { z } from "zod";
import { readAudit } from "../../db/audit.ts";
import { ROLES } from "../../db/schema.ts";
import { createUser } from "../../usecases/users/user.service.ts";
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

export function adminRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.database;

  app.get(
    "/api/audit",
    {
      config: { access: ["admin"] },
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
    async (request) => ({ entries: await readAudit(db, request.query) }),
  );

  app.get(
    "/api/users",
    {
      config: { access: ["admin"] },
      schema: {
        summary: "Brugere",
        tags: ["admin"],
        response: {
          200: z.object({
            users: z.array(
              z.object({
                id: z.number(),
                username: z.string(),
                displayName: z.string(),
                role: z.enum(ROLES),
                disabled: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async () => {
      const rows = await db
        .selectFrom("app_user")
        .select(["id", "username", "display_name", "role", "disabled"])
        .orderBy("username")
        .execute();
      return {
        users: rows.map((r) => ({
          id: r.id,
          username: r.username,
          displayName: r.display_name,
          role: r.role,
          disabled: r.disabled,
        })),
      };
    },
  );

  app.post(
    "/api/users",
    {
      config: { access: ["admin"] },
      schema: {
        summary: "Opret bruger",
        tags: ["admin"],
        body: z.strictObject({
          username: z
            .string()
            .regex(/^[a-z0-9._-]{2,64}$/, "små bogstaver, tal, punktum, bindestreg; 2-64 tegn"),
          displayName: z.string().min(1).max(200),
          role: z.enum(ROLES),
          password: z.string().min(10).max(256),
        }),
        response: {
          201: z.object({
            id: z.number(),
            username: z.string(),
            displayName: z.string(),
            role: z.enum(ROLES),
          }),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(db, actorOf(request), request.body)),
  );
}
