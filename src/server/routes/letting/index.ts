import type { App, AppContext } from "../../context.ts";
import { addSpecialDwellingsRoute } from "./add-special-dwellings.routes.ts";
import { annulDecisionRoute } from "./annul-decision.routes.ts";
import { decideCombinedLettingRoute } from "./decide-combined-letting.routes.ts";
import { decisionLetterRoute } from "./decision-letter.routes.ts";
import { flexibleLettingRoute } from "./flexible-letting.routes.ts";
import { previewDecisionRoutes } from "./preview-decision.routes.ts";
import { relocationGrantRoute } from "./relocation-grant.routes.ts";
import { relocationGrantPaymentRoute } from "./relocation-grant-payment.routes.ts";
import { relocationGrantRegisterRoute } from "./relocation-grant-register.routes.ts";
import { replayDecisionRoute } from "./replay-decision.routes.ts";
import { specialDwellingsRoute } from "./special-dwellings.routes.ts";
import { storedDecisionsRoutes } from "./stored-decisions.routes.ts";

/** The letting routes, one module per use case; registered in the order the API document lists them. */
export function lettingRoutes(app: App, ctx: AppContext): void {
  previewDecisionRoutes(app, ctx);
  decideCombinedLettingRoute(app, ctx);
  storedDecisionsRoutes(app, ctx);
  annulDecisionRoute(app, ctx);
  replayDecisionRoute(app, ctx);
  decisionLetterRoute(app, ctx);
  flexibleLettingRoute(app, ctx);
  relocationGrantRoute(app, ctx);
  relocationGrantRegisterRoute(app, ctx);
  relocationGrantPaymentRoute(app, ctx);
  specialDwellingsRoute(app, ctx);
  addSpecialDwellingsRoute(app, ctx);
}
