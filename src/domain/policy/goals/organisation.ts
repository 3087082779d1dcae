import { z } from "zod";

const code = z.string().regex(/^[A-ZÆØÅ]{2,6}$/, "kode skal være 2-6 store bogstaver, fx SUD");

/** A political committee (udvalg), e.g. SUD = Socialudvalget. */
export const committeeSchema = z
  .object({
    kind: z.literal("committee"),
    code,
    name: z.string().min(1),
    /** The administration (forvaltning) that serves the committee, e.g. SOF for SUD. */
    administrationCode: code,
  })
  .readonly();
export type Committee = z.infer<typeof committeeSchema>;

/** An administration (forvaltning), e.g. BIF = Beskæftigelses- og Integrationsforvaltningen. */
export const administrationSchema = z
  .object({
    kind: z.literal("administration"),
    code,
    name: z.string().min(1),
  })
  .readonly();
export type Administration = z.infer<typeof administrationSchema>;

export const organisationUnitSchema = z.discriminatedUnion("kind", [committeeSchema, administrationSchema]);
export type OrganisationUnit = z.infer<typeof organisationUnitSchema>;

/**
 * An organisation unit as stored (kind as text, a committee's administration nullable), as
 * `GET /api/policy/organisations` answers it.
 */
export const storedOrganisationUnitSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    administrationCode: z.string().nullable(),
  })
  .readonly();
export type StoredOrganisationUnit = z.infer<typeof storedOrganisationUnitSchema>;

/** The stored unit as the report model needs it: a committee, or else an administration. */
export function organisationUnitOf(unit: StoredOrganisationUnit): OrganisationUnit {
  return unit.kind === "committee"
    ? {
        kind: "committee",
        code: unit.code,
        name: unit.name,
        administrationCode: unit.administrationCode ?? "",
      }
    : { kind: "administration", code: unit.code, name: unit.name };
}
