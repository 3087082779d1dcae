import { z } from "zod";
import { currentMigration } from "../../db/database.ts";
import { latestMigration } from "../../db/migrations/index.ts";
import type { App, AppContext } from "../context.ts";

export function healthRoutes(app: App, ctx: AppContext): void {
  /**
   * On PGlite the migration version is read once and then known: the embedded database belongs
   * to this process, whose start ran the migrations, so it cannot change until a restart. And
   * PGlite has one connection, which a long import's transaction holds: a health check that
   * queried it would wait out the import, and a load balancer would take the server for dead.
   * On PostgreSQL each check queries, as that is what tells a lost connection.
   */
  let known: string | null = null;
  const migration = async (): Promise<string | null> => {
    if (ctx.database.kind === "pglite" && known === latestMigration) return known;
    known = await currentMigration(ctx.database.db);
    return known;
  };
  app.addHook("onReady", async () => {
    await migration();
  });

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
        migration: await migration(),
        latestMigration,
      },
    }),
  );
}
