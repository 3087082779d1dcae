import type { App, AppContext } from "../context.ts";
import { adminRoutes } from "./admin.routes.ts";
import { areasRoutes } from "./areas.routes.ts";
import { authRoutes } from "./auth.routes.ts";
import { healthRoutes } from "./health.routes.ts";
import { lettingRoutes } from "./letting/index.ts";
import { policyRoutes } from "./policy/index.ts";
import { rulesRoutes } from "./rules.routes.ts";

/** Every feature's routes, registered in one place so the route list is easy to read. */
export function apiRoutes(app: App, ctx: AppContext): void {
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  adminRoutes(app, ctx);
  rulesRoutes(app, ctx);
  policyRoutes(app, ctx);
  areasRoutes(app, ctx);
  lettingRoutes(app, ctx);
}
