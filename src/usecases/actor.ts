import { userInfo } from "node:os";
import type { Actor, Role } from "../domain/access.ts";

export type { Actor } from "../domain/access.ts";

/**
 * The command line acts as the operating-system user running it (from the system, not from an
 * environment variable a caller can set), with the role of an operator who holds the database:
 * administrator.
 */
export function cliActor(role: Role = "admin"): Actor {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = `uid ${process.getuid?.() ?? "ukendt"}`;
  }
  return { userId: null, name: `cli:${user}`, role, ip: null };
}

/** udsyn itself: demo seeding and scheduled jobs, never a person. */
export const SYSTEM_ACTOR: Actor = { userId: null, name: "udsyn", role: "system", ip: null };
