import { z } from "zod";

/** A political committee (udvalg), e.g. SUD = Socialudvalget. */
export interface Committee {
  readonly kind: "committee";
  readonly code: string;
  readonly name: string;
  /** The administration (forvaltning) that serves the committee, e.g. SOF for SUD. */
  readonly administrationCode: string;
}

/** An administration (forvaltning), e.g. BIF = Beskæftigelses- og Integrationsforvaltningen. */
export interface Administration {
  readonly kind: "administration";
  readonly code: string;
  readonly name: string;
}

export type OrganisationUnit = Committee | Administration;

const code = z.string().regex(/^[A-ZÆØÅ]{2,6}$/, "kode skal være 2-6 store bogstaver, fx SUD");

export const committeeSchema = z.object({
  kind: z.literal("committee"),
  code,
  name: z.string().min(1),
  administrationCode: code,
});

export const administrationSchema = z.object({
  kind: z.literal("administration"),
  code,
  name: z.string().min(1),
});

export const organisationUnitSchema = z.discriminatedUnion("kind", [committeeSchema, administrationSchema]);

/** An organisation unit as stored (kind as text, a committee's administration nullable). */
export interface StoredOrganisationUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly administrationCode: string | null;
}

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
