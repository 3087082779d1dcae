import type { Actor } from "../domain/access.ts";

export type { Actor } from "../domain/access.ts";

/** The command line acts as the operating-system user running it: it has the database already. */
export function cliActor(): Actor {
  const user = process.env.USER ?? process.env.LOGNAME ?? "ukendt";
  return { userId: null, name: `cli:${user}`, role: "system", ip: null };
}
