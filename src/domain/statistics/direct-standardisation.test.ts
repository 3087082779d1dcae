import stdlibGammaQuantile from "@stdlib/stats-base-dists-gamma-quantile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { directStandardisation, type GammaQuantile, type StratumCount } from "./direct-standardisation.ts";

/** stdlib takes the rate 1/scale (the use case passes the same function). */
const gammaQuantile: GammaQuantile = (p, shape, scale) => stdlibGammaQuantile(p, shape, 1 / scale);

/**
 * The published worked example: Down syndrome cases and live births by maternal age and birth
 * order, Michigan 1950–1964, Fleiss (1981) table 14.4 (the data of Fay & Feuer 1997, table 1),
 * as printed in the R package epitools' help for ageadjust.direct (cran/epitools,
 * man/ageadjust.direct.Rd). The standard is the total births per age group (dsrTest's
 * `downs.mi$Standard`). The expected values are those printed in the R package dsrTest's vignette
 * "dsrTest-example", birth order 5+, method = "gamma", per 100 000:
 *   estimate 75.52901, 95 percent confidence interval 67.70212 188.30017
 * (https://search.r-project.org/CRAN/packages/dsrTest/vignettes/dsrTest-example.html).
 */
const ages = ["Under 20", "20-24", "25-29", "30-34", "35-39", "40 and over"];
const birthsOrder1 = [230061, 329449, 114920, 39487, 14208, 3052];
const casesOrder1 = [107, 141, 60, 40, 39, 25];
const birthsOrder5 = [327, 30666, 123419, 149919, 104088, 34392];
const casesOrder5 = [0, 8, 63, 112, 262, 295];
const birthsTotal = [319933, 931318, 786511, 488235, 237863, 61313];

const counts = (cases: number[], births: number[]): StratumCount[] =>
  ages.map((stratum, i) => ({ stratum, events: cases[i] ?? 0, persons: births[i] ?? 0 }));

/** |value − printed| within half a unit of the printed last decimal. */
function toPrinted(value: number, printed: number, decimals: number): void {
  expect(Math.abs(value - printed)).toBeLessThanOrEqual(0.5 * 10 ** -decimals);
}

describe("direct standardisation with Fay–Feuer gamma intervals", () => {
  it("reproduces the published example (Fleiss 1981 table 14.4, birth order 5+) to its printed 5 decimals", () => {
    const result = directStandardisation(
      {
        groupName: "5+",
        referenceName: "1",
        group: counts(casesOrder5, birthsOrder5),
        reference: counts(casesOrder1, birthsOrder1),
        standard: ages.map((stratum, i) => ({ stratum, persons: birthsTotal[i] ?? 0 })),
      },
      gammaQuantile,
    );
    toPrinted(result.group.adjusted * 1e5, 75.52901, 5);
    toPrinted(result.group.lci * 1e5, 67.70212, 5);
    toPrinted(result.group.uci * 1e5, 188.30017, 5);
    expect(result.group.crude).toBe(740 / 442811);
    expect(result.group.events).toBe(740);
    // The ratio's interval surrounds it.
    const ratio = result.ratio;
    expect(ratio.estimate).toBeCloseTo(result.group.adjusted / result.reference.adjusted, 12);
    expect(ratio.lci ?? Number.NaN).toBeLessThan(ratio.estimate ?? Number.NaN);
    expect(ratio.uci ?? Number.NaN).toBeGreaterThan(ratio.estimate ?? Number.NaN);
  });

  it("uses the reference group's distribution as the standard by default: its adjusted rate is its crude rate", () => {
    const result = directStandardisation(
      {
        groupName: "5+",
        referenceName: "1",
        group: counts(casesOrder5, birthsOrder5),
        reference: counts(casesOrder1, birthsOrder1),
      },
      gammaQuantile,
    );
    expect(result.reference.adjusted).toBeCloseTo(result.reference.crude, 15);
    expect(result.strata.map((s) => s.stratum)).toEqual(ages);
    expect(result.strata.reduce((a, s) => a + s.weight, 0)).toBeCloseTo(1, 12);
  });

  it("one stratum: the exact Poisson interval, said in a note", () => {
    const result = directStandardisation(
      {
        groupName: "g",
        referenceName: "r",
        group: [{ stratum: "15-19", events: 10, persons: 100 }],
        reference: [{ stratum: "15-19", events: 5, persons: 200 }],
      },
      gammaQuantile,
    );
    expect(result.group.adjusted).toBe(0.1);
    // Exact Poisson limits for 10 events: Gamma(10,1) 2.5 % and Gamma(11,1) 97.5 % quantiles.
    expect(result.group.lci).toBeCloseTo(gammaQuantile(0.025, 10, 1) / 100, 12);
    expect(result.group.uci).toBeCloseTo(gammaQuantile(0.975, 11, 1) / 100, 12);
    expect(result.notes.join(" ")).toMatch(/Kun ét stratum \(»15-19«\)/);
  });

  it("no events: the rate is 0 with lower limit 0, and the ratio has no interval", () => {
    const result = directStandardisation(
      {
        groupName: "g",
        referenceName: "r",
        group: [
          { stratum: "a", events: 0, persons: 50 },
          { stratum: "b", events: 0, persons: 40 },
        ],
        reference: [
          { stratum: "a", events: 3, persons: 60 },
          { stratum: "b", events: 4, persons: 30 },
        ],
      },
      gammaQuantile,
    );
    expect(result.group).toMatchObject({ adjusted: 0, lci: 0 });
    expect(result.group.uci).toBeGreaterThan(0);
    expect(result.ratio).toMatchObject({ estimate: 0, lci: null, uci: null });
    expect(result.notes.join(" ")).toMatch(/»g« har ingen domme/);
  });

  it("a reference without events gives no ratio, and says so", () => {
    const result = directStandardisation(
      {
        groupName: "g",
        referenceName: "r",
        group: [{ stratum: "a", events: 2, persons: 50 }],
        reference: [{ stratum: "a", events: 0, persons: 60 }],
      },
      gammaQuantile,
    );
    expect(result.ratio.estimate).toBeNull();
    expect(result.notes.join(" ")).toMatch(/referencegruppen »r« har ingen domme/);
  });

  it("refuses a weighted stratum without persons in the group, naming the stratum", () => {
    const run = () =>
      directStandardisation(
        {
          groupName: "g",
          referenceName: "r",
          group: [
            { stratum: "15-16|lav", events: 0, persons: 0 },
            { stratum: "17-19|høj", events: 2, persons: 30 },
          ],
          reference: [
            { stratum: "15-16|lav", events: 3, persons: 60 },
            { stratum: "17-19|høj", events: 4, persons: 30 },
          ],
        },
        gammaQuantile,
      );
    expect(run).toThrow(DomainError);
    expect(run).toThrow(/Stratum »15-16\|lav« har 0 personer i gruppen »g«/);
  });

  it("refuses events without persons and a reference without persons", () => {
    expect(() =>
      directStandardisation(
        {
          groupName: "g",
          referenceName: "r",
          group: [{ stratum: "a", events: 1, persons: 0 }],
          reference: [{ stratum: "a", events: 1, persons: 10 }],
        },
        gammaQuantile,
      ),
    ).toThrow(/Stratum »a« i gruppen »g« har 1 domme men 0 personer/);
    expect(() =>
      directStandardisation(
        {
          groupName: "g",
          referenceName: "r",
          group: [{ stratum: "a", events: 1, persons: 10 }],
          reference: [{ stratum: "a", events: 0, persons: 0 }],
        },
        gammaQuantile,
      ),
    ).toThrow(/Referencegruppen »r« har ingen personer/);
  });
});

describe("direct standardisation, properties", () => {
  const stratumArb = fc.record({
    persons: fc.integer({ min: 1, max: 5000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const strataArb = fc.array(stratumArb, { minLength: 1, maxLength: 8 });
  const toCounts = (strata: { persons: number; share: number }[], scale = 1): StratumCount[] =>
    strata.map((s, i) => ({
      stratum: `s${i}`,
      persons: s.persons * scale,
      events: Math.floor(s.persons * s.share) * scale,
    }));

  it("a group with the reference's distribution has adjusted rate = crude rate", () => {
    fc.assert(
      fc.property(strataArb, strataArb, fc.integer({ min: 1, max: 20 }), (reference, rates, k) => {
        const ref = toCounts(reference);
        const group = ref.map((r, i) => {
          const persons = r.persons * k;
          const share = rates[i % rates.length]?.share ?? 0;
          return { stratum: r.stratum, persons, events: Math.floor(persons * share) };
        });
        const result = directStandardisation(
          { groupName: "g", referenceName: "r", group, reference: ref },
          gammaQuantile,
        );
        expect(result.group.adjusted).toBeCloseTo(result.group.crude, 12);
      }),
    );
  });

  it("the interval contains the estimate", () => {
    fc.assert(
      fc.property(strataArb, strataArb, (g, r) => {
        const n = Math.min(g.length, r.length);
        const result = directStandardisation(
          {
            groupName: "g",
            referenceName: "r",
            group: toCounts(g.slice(0, n)),
            reference: toCounts(r.slice(0, n)),
          },
          gammaQuantile,
        );
        for (const rate of [result.group, result.reference]) {
          expect(rate.lci).toBeLessThanOrEqual(rate.adjusted);
          expect(rate.uci).toBeGreaterThanOrEqual(rate.adjusted);
        }
        if (result.ratio.lci !== null && result.ratio.uci !== null && result.ratio.estimate !== null) {
          expect(result.ratio.lci).toBeLessThanOrEqual(result.ratio.estimate);
          expect(result.ratio.uci).toBeGreaterThanOrEqual(result.ratio.estimate);
        }
      }),
    );
  });

  it("scaling persons and events by the same factor keeps the rates", () => {
    fc.assert(
      fc.property(strataArb, strataArb, fc.integer({ min: 2, max: 50 }), (g, r, k) => {
        const n = Math.min(g.length, r.length);
        const once = directStandardisation(
          {
            groupName: "g",
            referenceName: "r",
            group: toCounts(g.slice(0, n)),
            reference: toCounts(r.slice(0, n)),
          },
          gammaQuantile,
        );
        const scaled = directStandardisation(
          {
            groupName: "g",
            referenceName: "r",
            group: toCounts(g.slice(0, n), k),
            reference: toCounts(r.slice(0, n), k),
          },
          gammaQuantile,
        );
        expect(scaled.group.crude).toBeCloseTo(once.group.crude, 12);
        expect(scaled.group.adjusted).toBeCloseTo(once.group.adjusted, 12);
        expect(scaled.reference.adjusted).toBeCloseTo(once.reference.adjusted, 12);
        if (once.ratio.estimate !== null && scaled.ratio.estimate !== null)
          expect(scaled.ratio.estimate).toBeCloseTo(once.ratio.estimate, 10);
      }),
    );
  });
});
