import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001-auth-audit.ts";
import * as m0002 from "./0002-policy-follow-up.ts";
import * as m0003 from "./0003-letting.ts";
import * as m0004 from "./0004-login-throttle.ts";
import * as m0005 from "./0005-audit-integrity.ts";
import * as m0006 from "./0006-oidc.ts";
import * as m0007 from "./0007-full-time-equivalents.ts";
import * as m0008 from "./0008-register.ts";
import * as m0009 from "./0009-area-fact-provenance.ts";
import * as m0010 from "./0010-cases.ts";
import * as m0011 from "./0011-round-history.ts";
import * as m0012 from "./0012-decision-supersession.ts";
import * as m0016 from "./0016-audit-filters.ts";
import * as m0019 from "./0019-area-facts-version.ts";
import * as m0020 from "./0020-session-notifications.ts";
import * as m0021 from "./0021-audit-chain-lanes.ts";
import * as m0022 from "./0022-register-set-references.ts";
import * as m0024 from "./0024-classification-result.ts";
import * as m0025 from "./0025-decision-list-index.ts";

/**
 * Migrations are listed in code rather than read from a folder at run time, so the same list
 * works from a checkout, under tsx and in tests. Names sort in the order they must run.
 */
const migrations: Record<string, Migration> = {
  "0001-auth-audit": m0001,
  "0002-policy-follow-up": m0002,
  "0003-letting": m0003,
  "0004-login-throttle": m0004,
  "0005-audit-integrity": m0005,
  "0006-oidc": m0006,
  "0007-full-time-equivalents": m0007,
  "0008-register": m0008,
  "0009-area-fact-provenance": m0009,
  "0010-cases": m0010,
  "0011-round-history": m0011,
  "0012-decision-supersession": m0012,
  "0016-audit-filters": m0016,
  "0019-area-facts-version": m0019,
  "0020-session-notifications": m0020,
  "0021-audit-chain-lanes": m0021,
  "0022-register-set-references": m0022,
  "0024-classification-result": m0024,
  "0025-decision-list-index": m0025,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export const latestMigration = Object.keys(migrations).sort().at(-1) ?? "";
