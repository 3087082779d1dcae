import { randomUUID } from "node:crypto";

/** Set by `npm run build:server` (esbuild's define): a hash of every source file it built from. */
declare const __UDSYN_BUILD_ID__: string | undefined;

/**
 * Which code computed a result kept in the database (persisted-result.ts): a result of other code
 * (an older build, a changed rule) must never be served. The build's hash of its sources names a
 * build; a run from the TypeScript sources (tsx, tests) cannot know whether they changed since
 * the last run, so each such process is code of its own and shares results only with itself.
 */
export const CODE_IDENTITY: string =
  typeof __UDSYN_BUILD_ID__ === "string" ? `build ${__UDSYN_BUILD_ID__}` : `source ${randomUUID()}`;
