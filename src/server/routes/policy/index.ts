import type { App, AppContext } from "../../context.ts";
import { roundCheckRoutes } from "./round-checks.routes.ts";
import { roundEditRoutes } from "./round-edits.routes.ts";
import { roundFileRoutes } from "./round-files.routes.ts";
import { roundForecastRoutes } from "./round-forecast.routes.ts";
import { roundImportRoutes } from "./round-import.routes.ts";
import { roundMeasureRoutes } from "./round-measure.routes.ts";
import { roundWorkflowRoutes } from "./round-workflow.routes.ts";
import { roundsRoutes } from "./rounds.routes.ts";

/**
 * The policy follow-up API under /api/policy: every route calls one use case. Registered in
 * this order so the OpenAPI document lists the paths as before.
 */
export function policyRoutes(app: App, ctx: AppContext): void {
  roundsRoutes(app, ctx);
  roundCheckRoutes(app, ctx);
  roundFileRoutes(app, ctx);
  roundEditRoutes(app, ctx);
  roundWorkflowRoutes(app, ctx);
  roundImportRoutes(app, ctx);
  roundForecastRoutes(app, ctx);
  roundMeasureRoutes(app, ctx);
}
