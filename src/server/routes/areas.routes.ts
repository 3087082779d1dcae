import type { App, AppContext } from "../context.ts";

export function areasRoutes(_app: App, _ctx: AppContext): void {}
