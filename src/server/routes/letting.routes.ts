import type { App, AppContext } from "../context.ts";

export function lettingRoutes(_app: App, _ctx: AppContext): void {}
