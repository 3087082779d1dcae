import type { App, AppContext } from "../context.ts";
import { areasRoutes } from "./areas.routes.ts";
import { areasWatchRoutes } from "./areas-watch.routes.ts";
import { auditRoutes } from "./audit.routes.ts";
import { casesRoutes } from "./cases/index.ts";

import { healthRoutes } from "./health.routes.ts";
import { lettingRoutes } from "./letting/index.ts";
import { policyRoutes } from "./policy/index.ts";
import { registerRoutes } from "./register.routes.ts";
import { registerEvaluationRoutes } from "./register-evaluation.routes.ts";
import { registerFactsRoutes } from "./register-facts.routes.ts";
import { rulesRoutes } from "./rules.routes.ts";
import { userAccountRoutes } from "./users/accounts.routes.ts";
import { loginRoutes } from "./users/login.routes.ts";
import { oidcRoutes } from "./users/oidc.routes.ts";

/** Every feature's routes, registered in one place so the route list is easy to read. */
export function apiRoutes(app: App, ctx: AppContext): void {
  healthRoutes(app, ctx);
  loginRoutes(app, ctx);
  oidcRoutes(app, ctx);
  auditRoutes(app, ctx);
  userAccountRoutes(app, ctx);
  rulesRoutes(app, ctx);
  policyRoutes(app, ctx);
  areasRoutes(app, ctx);
  areasWatchRoutes(app, ctx);
  lettingRoutes(app, ctx);
  registerRoutes(app, ctx);
  registerEvaluationRoutes(app, ctx);
  registerFactsRoutes(app, ctx);
  casesRoutes(app, ctx);
}
