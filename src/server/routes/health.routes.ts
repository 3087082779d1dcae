import { z } from "zod";
import { currentMigration } from "../../db/database.ts";
import { latestMigration } from "../../db/migrations/index.ts";
import type { App, AppContext } from "../context.ts";

export function healthRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/health",
    {
      config: { access: "public" },
      schema: {
        summary: "Systemets tilstand: database og migrationsversion",
        tags: ["system"],
        response: {
          200: z.object({
            status: z.literal("ok"),
            version: z.string(),
            database: z.object({
              kind: z.enum(["pglite", "postgres"]),
              migration: z.string().nullable(),
              latestMigration: z.string(),
            }),
          }),
        },
      },
    },
    async () => ({
      status: "ok" as const,
      version: ctx.version,
      database: {
        kind: ctx.database.kind,
        migration: await currentMigration(ctx.database.db),
        latestMigration,
      },
    }),
  );
}
