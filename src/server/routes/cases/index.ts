import type { App, AppContext } from "../../context.ts";
import { caseAdminRoutes } from "./case-admin.routes.ts";
import { caseChangeRoutes } from "./case-changes.routes.ts";
import { caseOutcomeRoutes } from "./case-outcomes.routes.ts";
import { caseReadRoutes } from "./cases.routes.ts";

/** The SSP case routes; the fixed paths (committees, catalogue, outcomes) before `/api/cases/:id`. */
export function casesRoutes(app: App, ctx: AppContext): void {
  caseAdminRoutes(app, ctx);
  caseOutcomeRoutes(app, ctx);
  caseReadRoutes(app, ctx);
  caseChangeRoutes(app, ctx);
}
