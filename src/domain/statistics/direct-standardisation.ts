import { DomainError } from "../errors.ts";
import type { Texts } from "../language.ts";

/**
 * Direct standardisation of an event rate (convictions per person) over strata, with the
 * gamma confidence interval of Fay & Feuer (1997).
 *
 * The group's stratum-specific rates d_i/n_i are averaged with the standard's weights
 * s_i/Σs (the reference group's persons per stratum, or a given standard population):
 *
 *   adjusted y = Σ w_i d_i,   w_i = (s_i/Σs) / n_i,   v = Σ w_i² d_i,   w_M = max w_i
 *   lower = GammaQuantile(α/2;   shape y²/v,                   scale v/y)
 *   upper = GammaQuantile(1−α/2; shape (y+w_M)²/(v+w_M²),      scale (v+w_M²)/(y+w_M))
 *
 * with lower = 0 when there are no events (y = 0). Sources read:
 * - Fay MP, Feuer EJ. Confidence intervals for directly standardized rates: a method based on
 *   the gamma distribution. Stat Med 1997;16(7):791–801 (the method).
 * - R package epitools, ageadjust.direct (M.P. Fay's rewrite), whose code states the formula
 *   above: `wm <- max(stdwt/pop)`, `qgamma(alpha/2, shape = dsr^2/dsr.var, scale = dsr.var/dsr)`,
 *   `qgamma(1 - alpha/2, shape = (dsr+wm)^2/(dsr.var+wm^2), scale = (dsr.var+wm^2)/(dsr+wm))`
 *   (https://rdrr.io/cran/epitools/man/ageadjust.direct.html and the cran/epitools sources).
 * - R package dsrTest, vignette "dsrTest-example" (method = "gamma"), whose printed output on
 *   Fleiss (1981) table 14.4 the tests reproduce
 *   (https://search.r-project.org/CRAN/packages/dsrTest/vignettes/dsrTest-example.html).
 *
 * The ratio of the two adjusted rates gets a log-normal (delta-method) interval:
 * log(R) ± z·√(v_g/y_g² + v_r/y_r²), the interval SAS PROC STDRATE reports for a rate ratio of
 * directly standardised rates (EFFECT=RATIO: "standard error of the logarithm of the ratio").
 * It treats the two rates as independent, which holds when the standard is a given population
 * and is an approximation when the reference group is its own standard.
 *
 * The inverse gamma CDF is numerical code the pure core does not hold: the caller passes it in
 * (the use case gives @stdlib/stats-base-dists-gamma-quantile).
 */

/** The p-quantile of the gamma distribution with the given shape and scale (mean shape·scale). */
export type GammaQuantile = (p: number, shape: number, scale: number) => number;

export interface StratumCount {
  readonly stratum: string;
  /** Events in the stratum: persons convicted (or convictions). */
  readonly events: number;
  /** Persons at risk in the stratum. */
  readonly persons: number;
}

export interface StandardStratum {
  readonly stratum: string;
  readonly persons: number;
}

export interface AdjustedRate {
  readonly events: number;
  readonly persons: number;
  /** Σd/Σn. */
  readonly crude: number;
  /** The directly standardised rate. */
  readonly adjusted: number;
  /** Fay–Feuer gamma interval of the adjusted rate. */
  readonly lci: number;
  readonly uci: number;
  /** Σ w_i² d_i, the Poisson variance estimate of the adjusted rate. */
  readonly variance: number;
}

export interface RateRatio {
  /** group adjusted / reference adjusted; null when the reference has no events. */
  readonly estimate: number | null;
  /** Log-normal interval; null when either group has no events. */
  readonly lci: number | null;
  readonly uci: number | null;
  readonly method: "log-normal";
}

export interface Standardisation {
  readonly level: number;
  readonly strata: readonly { readonly stratum: string; readonly weight: number }[];
  readonly group: AdjustedRate;
  readonly reference: AdjustedRate;
  readonly ratio: RateRatio;
  /** What the reader must know about the result (Danish): a single stratum, no events. */
  readonly notes: readonly string[];
}

export interface StandardisationInput {
  readonly groupName: string;
  readonly referenceName: string;
  readonly group: readonly StratumCount[];
  readonly reference: readonly StratumCount[];
  /** The standard population; absent: the reference group's persons per stratum. */
  readonly standard?: readonly StandardStratum[];
  /** Confidence level; default 0.95. */
  readonly level?: number;
}

function invalid(message: Texts, field?: string): never {
  throw new DomainError("invalid_input", message, [
    { message: message.da, en: message.en, ...(field === undefined ? {} : { field }) },
  ]);
}

function checkCounts(counts: readonly StratumCount[], name: string): Map<string, StratumCount> {
  const byStratum = new Map<string, StratumCount>();
  for (const count of counts) {
    if (byStratum.has(count.stratum))
      invalid(
        {
          da: `Stratum »${count.stratum}« står to gange for gruppen »${name}«.`,
          en: `Stratum "${count.stratum}" appears twice for the group "${name}".`,
        },
        count.stratum,
      );
    if (!Number.isInteger(count.persons) || count.persons < 0)
      invalid(
        {
          da: `Stratum »${count.stratum}« i gruppen »${name}«: antal personer skal være et helt tal på 0 eller derover (fik ${count.persons}).`,
          en: `Stratum "${count.stratum}" in the group "${name}": the number of persons must be a whole number of 0 or more (got ${count.persons}).`,
        },
        count.stratum,
      );
    if (!Number.isInteger(count.events) || count.events < 0)
      invalid(
        {
          da: `Stratum »${count.stratum}« i gruppen »${name}«: antal hændelser skal være et helt tal på 0 eller derover (fik ${count.events}).`,
          en: `Stratum "${count.stratum}" in the group "${name}": the number of events must be a whole number of 0 or more (got ${count.events}).`,
        },
        count.stratum,
      );
    if (count.persons === 0 && count.events > 0)
      invalid(
        {
          da: `Stratum »${count.stratum}« i gruppen »${name}« har ${count.events} domme men 0 personer.`,
          en: `Stratum "${count.stratum}" in the group "${name}" has ${count.events} convictions but 0 persons.`,
        },
        count.stratum,
      );
    byStratum.set(count.stratum, count);
  }
  return byStratum;
}

/**
 * The Fay–Feuer gamma interval for Σ w_i d_i, the d_i independent Poisson counts; `weights` are
 * w_i = standard share / persons, already divided by the stratum's size.
 */
export function fayFeuerInterval(
  events: readonly number[],
  weights: readonly number[],
  level: number,
  gammaQuantile: GammaQuantile,
): { readonly estimate: number; readonly variance: number; readonly lci: number; readonly uci: number } {
  const alpha = 1 - level;
  let y = 0;
  let v = 0;
  let wM = 0;
  events.forEach((d, i) => {
    const w = weights[i] ?? 0;
    y += w * d;
    v += w * w * d;
    if (w > wM) wM = w;
  });
  const lci = y === 0 ? 0 : gammaQuantile(alpha / 2, (y * y) / v, v / y);
  const uci = gammaQuantile(1 - alpha / 2, (y + wM) ** 2 / (v + wM * wM), (v + wM * wM) / (y + wM));
  return { estimate: y, variance: v, lci, uci };
}

/** The two-sided standard normal quantile z_{1−α/2}, from χ²₁ = Gamma(½, 2): z² is its level-quantile. */
function normalQuantile(level: number, gammaQuantile: GammaQuantile): number {
  return Math.sqrt(gammaQuantile(level, 0.5, 2));
}

/** Crude and directly standardised rates of a group and a reference group, their ratio, and intervals. */
export function directStandardisation(
  input: StandardisationInput,
  gammaQuantile: GammaQuantile,
): Standardisation {
  const level = input.level ?? 0.95;
  if (!(level > 0 && level < 1))
    invalid({
      da: `Konfidensniveauet skal ligge mellem 0 og 1 (fik ${level}).`,
      en: `The confidence level must be between 0 and 1 (got ${level}).`,
    });
  if (input.groupName === input.referenceName)
    invalid({
      da: `Gruppen og referencegruppen er den samme (»${input.groupName}«).`,
      en: `The group and the reference group are the same ("${input.groupName}").`,
    });
  const group = checkCounts(input.group, input.groupName);
  const reference = checkCounts(input.reference, input.referenceName);
  const standardCounts =
    input.standard ?? input.reference.map((r) => ({ stratum: r.stratum, persons: r.persons }));
  const standard = new Map<string, number>();
  for (const s of standardCounts) {
    if (standard.has(s.stratum))
      invalid(
        {
          da: `Stratum »${s.stratum}« står to gange i standardpopulationen.`,
          en: `Stratum "${s.stratum}" appears twice in the standard population.`,
        },
        s.stratum,
      );
    if (!(Number.isFinite(s.persons) && s.persons >= 0))
      invalid(
        {
          da: `Stratum »${s.stratum}«: standardpopulationen skal være 0 eller derover (fik ${s.persons}).`,
          en: `Stratum "${s.stratum}": the standard population must be 0 or more (got ${s.persons}).`,
        },
        s.stratum,
      );
    standard.set(s.stratum, s.persons);
  }
  const strata = [...new Set([...group.keys(), ...reference.keys(), ...standard.keys()])];
  if (strata.length === 0)
    invalid({
      da: "Der er ingen strata at standardisere over.",
      en: "There are no strata to standardise over.",
    });
  for (const stratum of [...group.keys(), ...reference.keys()]) {
    if (!standard.has(stratum))
      invalid(
        {
          da: `Stratum »${stratum}« findes i data, men ikke i standardpopulationen.`,
          en: `Stratum "${stratum}" is in the data, but not in the standard population.`,
        },
        stratum,
      );
  }
  const total = [...standard.values()].reduce((a, b) => a + b, 0);
  if (total === 0)
    invalid(
      input.standard === undefined
        ? {
            da: `Referencegruppen »${input.referenceName}« har ingen personer; den kan ikke være standard.`,
            en: `The reference group "${input.referenceName}" has no persons; it cannot be the standard.`,
          }
        : { da: "Standardpopulationen har ingen personer.", en: "The standard population has no persons." },
    );
  const shares = strata.map((stratum) => ({ stratum, weight: (standard.get(stratum) ?? 0) / total }));

  const rateOf = (counts: Map<string, StratumCount>, name: string): AdjustedRate => {
    const events: number[] = [];
    const weights: number[] = [];
    let persons = 0;
    let eventTotal = 0;
    for (const { stratum, weight } of shares) {
      const count = counts.get(stratum);
      const n = count?.persons ?? 0;
      const d = count?.events ?? 0;
      persons += n;
      eventTotal += d;
      if (weight === 0) continue;
      if (n === 0)
        invalid(
          {
            da: `Stratum »${stratum}« har 0 personer i gruppen »${name}«, men vægt ${(weight * 100).toFixed(1)} % i standarden: raten i stratummet findes ikke. Slå stratummet sammen med et andet.`,
            en: `Stratum "${stratum}" has 0 persons in the group "${name}", but a weight of ${(weight * 100).toFixed(1)}% in the standard: the stratum has no rate. Merge the stratum with another.`,
          },
          stratum,
        );
      events.push(d);
      weights.push(weight / n);
    }
    if (persons === 0)
      invalid({ da: `Gruppen »${name}« har ingen personer.`, en: `The group "${name}" has no persons.` });
    const interval = fayFeuerInterval(events, weights, level, gammaQuantile);
    return {
      events: eventTotal,
      persons,
      crude: eventTotal / persons,
      adjusted: interval.estimate,
      lci: interval.lci,
      uci: interval.uci,
      variance: interval.variance,
    };
  };
  const groupRate = rateOf(group, input.groupName);
  const referenceRate = rateOf(reference, input.referenceName);

  const notes: string[] = [];
  const weighted = shares.filter((s) => s.weight > 0);
  if (weighted.length === 1)
    notes.push(
      `Kun ét stratum (»${weighted[0]?.stratum}«) har vægt: den standardiserede rate er den rå rate i det stratum, og intervallet er det eksakte Poisson-interval.`,
    );
  for (const [name, rate] of [
    [input.groupName, groupRate],
    [input.referenceName, referenceRate],
  ] as const) {
    if (rate.events === 0)
      notes.push(`Gruppen »${name}« har ingen domme: raten er 0, og den nedre grænse er 0.`);
  }

  let ratio: RateRatio;
  if (referenceRate.adjusted === 0) {
    notes.push(`Forholdet kan ikke beregnes: referencegruppen »${input.referenceName}« har ingen domme.`);
    ratio = { estimate: null, lci: null, uci: null, method: "log-normal" };
  } else if (groupRate.adjusted === 0) {
    notes.push(
      `Forholdet er 0, og dets interval kan ikke beregnes: gruppen »${input.groupName}« har ingen domme.`,
    );
    ratio = { estimate: 0, lci: null, uci: null, method: "log-normal" };
  } else {
    const estimate = groupRate.adjusted / referenceRate.adjusted;
    const se = Math.sqrt(
      groupRate.variance / groupRate.adjusted ** 2 + referenceRate.variance / referenceRate.adjusted ** 2,
    );
    const z = normalQuantile(level, gammaQuantile);
    ratio = {
      estimate,
      lci: estimate * Math.exp(-z * se),
      uci: estimate * Math.exp(z * se),
      method: "log-normal",
    };
  }
  return { level, strata: shares, group: groupRate, reference: referenceRate, ratio, notes };
}
