import type { PolicyFollowUpData } from "../../domain/policy/report/reporting-round.ts";
import { organisations } from "./organisations.ts";
import { round2010 } from "./round.ts";

export { organisations } from "./organisations.ts";
export { round2010 } from "./round.ts";

/** The seed as udsyn's data: one committee, one round. */
export const demoData: PolicyFollowUpData = { organisations, rounds: [round2010] };
