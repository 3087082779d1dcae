import { z } from "zod";
import { listKinds } from "../../areas/rule-version.ts";
import { registerAreaTypes } from "../../register/codes.ts";

/**
 * How an indicator is measured from register data, when it can be (issue 11): the goal says what
 * it wants, this says which statistic udsyn computes for it from an import batch. An indicator
 * without one is measured by hand (typed in or imported from a report).
 */
export const indicatorComputationSchema = z.discriminatedUnion("kind", [
  /** Goal a: the number of areas on a list (the rules in force on 1 January after each facts year). */
  z
    .object({
      kind: z.literal("listed_areas"),
      /** Absent: the list the ministry published on each date (combined letting until the 2010 ghetto list…). */
      listKind: z.enum(listKinds).optional(),
    })
    .readonly(),
  /** Goal b: the share of residents outside the labour market in areas of the given types. */
  z
    .object({
      kind: z.literal("share_outside_labour_market"),
      areaTypes: z.array(z.enum(registerAreaTypes)).min(1).readonly(),
      ageBand: z.enum(["18_64", "18_plus"]),
    })
    .readonly(),
  /**
   * Goal c: convicted persons per person among immigrants and descendants of an age band, directly
   * standardised to the other young people's distribution over age group × parents' status, divided
   * by the other young people's rate.
   */
  z
    .object({
      kind: z.literal("standardised_crime_ratio"),
      ageFrom: z.number().int().min(0).max(120),
      ageTo: z.number().int().min(0).max(120),
    })
    .refine((c) => c.ageFrom <= c.ageTo, { message: "ageFrom skal være højst ageTo", path: ["ageTo"] })
    .readonly(),
]);
export type IndicatorComputation = z.infer<typeof indicatorComputationSchema>;

/** Ids of computed measurements start so: a new computation replaces them and leaves typed-in ones. */
export const COMPUTED_MEASUREMENT_PREFIX = "beregnet-";
