import type { App, AppContext } from "../context.ts";

export function policyRoutes(_app: App, _ctx: AppContext): void {}
