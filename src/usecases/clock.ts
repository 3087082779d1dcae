import { type Clock, fixedClock } from "../domain/law/clock.ts";

/**
 * The process's clock: the system time, or the instant in UDSYN_NOW (ISO 8601) so that a CLI
 * test or a re-run of a past day's job sees the same "today" as then.
 */
export function systemClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const pinned = env.UDSYN_NOW;
  if (pinned !== undefined && pinned !== "") return fixedClock(pinned);
  return { now: () => new Date() };
}
