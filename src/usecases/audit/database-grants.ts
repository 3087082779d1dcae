import { appRoleGrants, isRoleName } from "../../db/roles.ts";
import { ADMINISTRATION } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { defineUseCase } from "../use-case.ts";

export interface DatabaseGrantsRequest {
  readonly role: string;
  readonly schema?: string | undefined;
}

/**
 * The SQL that gives the server's own PostgreSQL role the privileges it needs and no more:
 * without ownership it cannot alter tables, disable triggers, truncate, or update and delete
 * the audit log (docs/OPERATIONS.md, "Database roles"). Reads no database.
 */
export const databaseGrants = defineUseCase(
  "skrive databaserettigheder",
  ADMINISTRATION,
  async (_ctx, _actor, request: DatabaseGrantsRequest): Promise<string[]> => {
    const schema = request.schema ?? "public";
    for (const [field, name] of [
      ["role", request.role],
      ["schema", schema],
    ] as const) {
      if (!isRoleName(name)) {
        throw new DomainError(
          "invalid_input",
          { da: `Ugyldigt navn: ${name}`, en: `Invalid name: ${name}` },
          [
            {
              field,
              message: "små bogstaver, tal og _, højst 63 tegn, ikke et tal først",
              en: "lower-case letters, digits and _, at most 63 characters, not starting with a digit",
            },
          ],
        );
      }
    }
    return appRoleGrants(request.role, schema);
  },
);
