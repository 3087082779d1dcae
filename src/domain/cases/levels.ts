import { z } from "zod";
import { DomainError } from "../errors.ts";
import { inEveryLanguage, issueTexts } from "../validation-messages.ts";

/**
 * The case catalogue: the four SSP case levels (DOMAIN.md §7) as data: what characterises each level, who is
 * responsible, and which actions must follow within how many working days; and the ten outcome parameters with their scales and the intervention types.
 * The municipality's
 * default set is `catalogues/kobenhavn/ssp/sagskatalog.yaml`; an administrator stores edited
 * versions in the database, and the newest one is in force.
 */
export const CASE_LEVELS = [1, 2, 3, 4] as const;
export type CaseLevel = (typeof CASE_LEVELS)[number];

export const caseLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const requiredActionSchema = z.strictObject({
  /** Stable key within the level, e.g. `samtale_foraeldre`. */
  key: z.string().regex(/^[a-z0-9_]{2,60}$/, "key: små bogstaver, tal og _"),
  title: z.string().min(1).max(200),
  /** Due this many working days after the case is created or re-graded to the level. */
  workingDays: z.number().int().min(0).max(260),
  responsible: z.string().min(1).max(200),
});
export type RequiredAction = z.infer<typeof requiredActionSchema>;

export const levelDefinitionSchema = z.strictObject({
  level: caseLevelSchema,
  name: z.string().min(1).max(100),
  characteristics: z.array(z.string().min(1).max(500)).min(1).max(20),
  responsible: z.string().min(1).max(200),
  actions: z.array(requiredActionSchema).max(20),
  source: z.string().min(1).max(1000),
});
export type LevelDefinition = z.infer<typeof levelDefinitionSchema>;

/**
 * One outcome parameter scored at assessments (DOMAIN.md §7): six are named by the seed, four
 * are the municipality's choice. `higherIsBetter` says which way an improvement goes.
 */
export const outcomeParameterSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9_]{2,60}$/, "key: små bogstaver, tal og _"),
  name: z.string().min(1).max(100),
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(1).max(100),
  higherIsBetter: z.boolean(),
});
export type OutcomeParameter = z.infer<typeof outcomeParameterSchema>;

export const interventionTypeSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9_]{2,60}$/, "key: små bogstaver, tal og _"),
  name: z.string().min(1).max(100),
});
export type InterventionType = z.infer<typeof interventionTypeSchema>;

function uniqueKeys(
  items: readonly { readonly key: string }[],
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const keys = items.map((a) => a.key);
  if (new Set(keys).size !== keys.length) ctx.addIssue({ code: "custom", path, message: "to har samme key" });
}

export const levelCatalogueSchema = z
  .strictObject({
    levels: z.array(levelDefinitionSchema).length(4),
    parameters: z.array(outcomeParameterSchema).length(10),
    interventionTypes: z.array(interventionTypeSchema).min(1).max(50),
    outcomeGoals: z.array(z.string().min(1).max(200)).max(20),
  })
  .superRefine((catalogue, ctx) => {
    uniqueKeys(catalogue.parameters, ["parameters"], ctx);
    uniqueKeys(catalogue.interventionTypes, ["interventionTypes"], ctx);
    catalogue.parameters.forEach((p, index) => {
      if (p.min >= p.max)
        ctx.addIssue({
          code: "custom",
          path: ["parameters", index, "max"],
          message: "max skal være større end min",
        });
    });
    const seen = catalogue.levels.map((l) => l.level);
    for (const level of CASE_LEVELS) {
      if (!seen.includes(level))
        ctx.addIssue({ code: "custom", path: ["levels"], message: `niveau ${level} mangler` });
    }
    for (const [index, l] of catalogue.levels.entries())
      uniqueKeys(l.actions, ["levels", index, "actions"], ctx);
  });
export type LevelCatalogue = z.infer<typeof levelCatalogueSchema>;

/** The level's definition; an unknown level is a 400 naming `field`. */
export function levelDefinition(catalogue: LevelCatalogue, level: number, field = "level"): LevelDefinition {
  const found = catalogue.levels.find((l) => l.level === level);
  if (found === undefined) {
    throw new DomainError(
      "invalid_input",
      { da: `Ukendt sagsniveau: ${level}`, en: `Unknown case level: ${level}` },
      [
        {
          field,
          message: `niveauet skal være 1, 2, 3 eller 4, ikke ${level}`,
          en: `the level must be 1, 2, 3 or 4, not ${level}`,
        },
      ],
    );
  }
  return found;
}

/** Checks an edited catalogue; every problem is one issue naming its path. */
export function parseLevelCatalogue(input: unknown, source = "catalogue"): LevelCatalogue {
  const result = levelCatalogueSchema.safeParse(input, { error: inEveryLanguage });
  if (result.success) return result.data;
  throw new DomainError(
    "invalid_input",
    { da: "Sagsniveauerne er ikke gyldige", en: "The case levels are not valid" },
    result.error.issues.map((issue) => ({
      source,
      field: issue.path.join("."),
      ...issueTexts(issue.message),
    })),
  );
}
