/**
 * Generates the constructed (not official) demo facts: `area-facts.csv` and
 * `reference-facts.csv`. Deterministic: run `npx tsx data/demo/generate-area-facts.ts` and the
 * same files come out. Each area is described by keyframes (year → share in percent, or income
 * as a fraction of the region's mean); years between keyframes are interpolated linearly and
 * years outside are held constant. The keyframes were chosen so that the rule versions give the
 * Copenhagen lists of RULES.md (see README.md and the acceptance test in src/domain/areas).
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

type Keyframes = Readonly<Record<number, number>>;

interface AreaSpec {
  readonly id: string;
  readonly name: string;
  readonly residents: number;
  /** Department weights (share of residents) and raw offsets of the 18+ outside share, in points. */
  readonly departments: readonly { readonly weight: number; readonly offset: number }[];
  readonly outside18Plus: Keyframes;
  readonly outside18To64: Keyframes;
  readonly outsideWorkOrEducation: Keyframes;
  readonly nonWestern: Keyframes;
  readonly convicted: Keyframes;
  readonly basicEducation: Keyframes;
  readonly incomeVsRegion: Keyframes;
}

const years = Array.from({ length: 2024 - 2006 + 1 }, (_, i) => 2006 + i);
const two = [
  { weight: 0.5, offset: 3 },
  { weight: 0.5, offset: -3 },
];

const areas: readonly AreaSpec[] = [
  {
    id: "tingbjerg",
    name: "Tingbjerg/Utterslevhuse",
    residents: 6400,
    departments: [
      { weight: 0.3, offset: 8 },
      { weight: 0.25, offset: -1 },
      { weight: 0.25, offset: -3 },
      { weight: 0.2, offset: -4 },
    ],
    outside18Plus: { 2006: 50, 2008: 47, 2012: 45, 2024: 40 },
    outside18To64: { 2006: 48, 2008: 44, 2012: 43, 2016: 42, 2020: 40, 2024: 36 },
    outsideWorkOrEducation: { 2006: 46, 2008: 43, 2011: 42, 2016: 42, 2019: 41.5, 2021: 41, 2024: 37 },
    nonWestern: { 2006: 43, 2011: 46, 2013: 48, 2014: 49, 2015: 50.8, 2016: 51.6, 2017: 52.5, 2024: 54 },
    convicted: {
      2006: 2.6,
      2011: 2.4,
      // 2012-2013 over 2.7 %: with 52 % basic education and 42 % outside work or education,
      // 3 of 5 on the list of 1 Dec 2014, so the 2018 list has Tingbjerg as the 5th list in a row.
      2012: 2.8,
      2013: 2.8,
      2014: 3.1,
      2015: 3.2,
      2016: 3.3,
      2017: 3.4,
      2020: 3.2,
      2024: 2.6,
    },
    basicEducation: { 2006: 55, 2013: 52, 2014: 53, 2016: 58, 2017: 62, 2020: 62, 2024: 58 },
    incomeVsRegion: { 2006: 0.62, 2013: 0.6, 2017: 0.56, 2024: 0.58 },
  },
  {
    id: "mjoelnerparken",
    name: "Mjølnerparken",
    residents: 1750,
    departments: [
      { weight: 0.55, offset: 4 },
      { weight: 0.45, offset: -4 },
    ],
    outside18Plus: { 2006: 54, 2008: 52, 2024: 45 },
    outside18To64: { 2006: 52, 2008: 50, 2024: 44 },
    outsideWorkOrEducation: { 2006: 50, 2011: 48, 2017: 46, 2024: 42 },
    nonWestern: { 2006: 80 },
    convicted: { 2006: 4.5, 2017: 4.0, 2024: 3.5 },
    basicEducation: { 2006: 66 },
    incomeVsRegion: { 2006: 0.45 },
  },
  {
    id: "akacieparken",
    name: "Akacieparken",
    residents: 1400,
    departments: two,
    outside18Plus: { 2006: 46, 2008: 44, 2024: 38 },
    outside18To64: { 2006: 45, 2008: 43, 2012: 40.5, 2024: 35 },
    outsideWorkOrEducation: { 2006: 43, 2008: 41, 2011: 40, 2016: 38, 2024: 34 },
    nonWestern: { 2006: 47, 2024: 49 },
    convicted: { 2006: 2.0 },
    basicEducation: { 2006: 55 },
    incomeVsRegion: { 2006: 0.62 },
  },
  {
    id: "lundtoftegade",
    name: "Lundtoftegade",
    residents: 1600,
    departments: two,
    outside18Plus: { 2006: 46, 2008: 45, 2024: 40 },
    outside18To64: { 2006: 45, 2008: 44, 2013: 40, 2024: 38 },
    outsideWorkOrEducation: {
      2006: 45,
      2011: 43,
      2013: 40,
      2014: 38,
      2015: 38.5,
      2016: 41,
      2017: 42,
      2020: 41,
      2024: 38,
    },
    nonWestern: { 2006: 65 },
    convicted: { 2006: 3.2, 2011: 3.0, 2013: 2.5, 2014: 2.4, 2015: 2.5, 2016: 2.8, 2017: 2.9, 2024: 2.5 },
    basicEducation: { 2006: 58, 2014: 48, 2016: 55, 2017: 62, 2024: 58 },
    incomeVsRegion: { 2006: 0.55, 2014: 0.58, 2017: 0.53, 2024: 0.56 },
  },
  {
    id: "aldersrogade",
    name: "Aldersrogade/Vognvænget",
    residents: 1250,
    departments: two,
    outside18Plus: { 2006: 44, 2008: 43, 2024: 40 },
    outside18To64: { 2006: 42, 2008: 41, 2013: 39, 2017: 41, 2024: 39 },
    outsideWorkOrEducation: {
      2006: 41,
      2008: 40,
      2011: 39,
      2014: 38,
      2015: 38.5,
      2016: 40.5,
      2017: 41.5,
      2020: 41,
      2024: 38,
    },
    nonWestern: { 2006: 47, 2011: 48, 2014: 50, 2016: 53, 2017: 55, 2024: 56 },
    convicted: { 2006: 2.5 },
    basicEducation: { 2006: 56, 2014: 57, 2017: 62, 2024: 60.5 },
    incomeVsRegion: { 2006: 0.6, 2017: 0.58 },
  },
  {
    id: "bispeparken",
    name: "Bispeparken",
    residents: 1500,
    departments: two,
    outside18Plus: { 2006: 43, 2008: 42, 2024: 38 },
    outside18To64: { 2006: 43, 2008: 42, 2012: 41, 2024: 38 },
    outsideWorkOrEducation: {
      2006: 42,
      2011: 41,
      2013: 39,
      2014: 38,
      2015: 38.5,
      2016: 41,
      2017: 41.5,
      2024: 38,
    },
    nonWestern: { 2006: 57, 2024: 60 },
    convicted: { 2006: 2.2 },
    basicEducation: { 2006: 55, 2014: 52, 2016: 58, 2017: 61.5, 2024: 60.5 },
    incomeVsRegion: { 2006: 0.58, 2024: 0.56 },
  },
  {
    id: "hoergaarden",
    name: "Hørgården",
    residents: 1300,
    departments: [
      { weight: 0.5, offset: 2 },
      { weight: 0.5, offset: -2 },
    ],
    outside18Plus: { 2006: 41, 2008: 40, 2024: 38 },
    outside18To64: { 2006: 38, 2008: 37, 2024: 36 },
    outsideWorkOrEducation: { 2006: 38, 2011: 39, 2014: 37, 2015: 37.5, 2016: 40.5, 2017: 41.5, 2024: 39 },
    nonWestern: { 2006: 62 },
    convicted: { 2006: 2.9, 2011: 2.9, 2014: 2.5, 2016: 2.6, 2017: 2.7, 2024: 2.5 },
    basicEducation: { 2006: 58, 2014: 49, 2016: 58, 2017: 63, 2024: 60.5 },
    incomeVsRegion: { 2006: 0.57, 2014: 0.6, 2017: 0.56, 2024: 0.57 },
  },
  {
    id: "gadelandet",
    name: "Gadelandet/Husumgård",
    residents: 1800,
    departments: [
      { weight: 0.5, offset: 2 },
      { weight: 0.5, offset: -2 },
    ],
    outside18Plus: { 2006: 37, 2008: 36, 2024: 37 },
    outside18To64: { 2006: 35, 2008: 34, 2024: 36 },
    outsideWorkOrEducation: { 2006: 34, 2011: 35, 2014: 36, 2015: 37, 2016: 40.5, 2017: 41.5, 2024: 39 },
    nonWestern: { 2006: 50, 2011: 52, 2024: 56 },
    convicted: { 2006: 2.0, 2024: 2.2 },
    basicEducation: { 2006: 55, 2016: 58, 2017: 62, 2024: 60.5 },
    incomeVsRegion: { 2006: 0.62, 2017: 0.57 },
  },
  {
    id: "blaagaarden",
    name: "Blågården",
    residents: 1900,
    departments: two,
    outside18Plus: { 2006: 40, 2008: 39, 2024: 35 },
    outside18To64: { 2006: 38, 2008: 37, 2024: 33 },
    outsideWorkOrEducation: { 2006: 37, 2011: 36, 2024: 33 },
    nonWestern: { 2006: 56, 2011: 55, 2024: 52 },
    convicted: { 2006: 3.6, 2011: 3.5, 2017: 3.5, 2024: 3.0 },
    basicEducation: { 2006: 52, 2024: 50 },
    incomeVsRegion: { 2006: 0.6, 2024: 0.62 },
  },
  {
    id: "sjaeloer",
    name: "Sjælør Boulevard",
    residents: 1100,
    departments: [
      { weight: 0.5, offset: 2 },
      { weight: 0.5, offset: -2 },
    ],
    outside18Plus: { 2006: 38, 2008: 37, 2024: 34 },
    outside18To64: { 2006: 36, 2008: 35, 2024: 32 },
    outsideWorkOrEducation: { 2006: 37, 2011: 36.5, 2024: 33 },
    nonWestern: { 2006: 61, 2011: 60, 2024: 55 },
    convicted: { 2006: 3.3, 2011: 3.2, 2017: 2.8, 2024: 2.4 },
    basicEducation: { 2006: 54, 2024: 50 },
    incomeVsRegion: { 2006: 0.6 },
  },
  {
    id: "staerevej",
    name: "Stærevej mv.",
    residents: 1300,
    departments: [
      { weight: 0.5, offset: 2 },
      { weight: 0.5, offset: -2 },
    ],
    outside18Plus: { 2006: 38, 2008: 37, 2024: 34 },
    outside18To64: { 2006: 37, 2008: 36, 2024: 33 },
    outsideWorkOrEducation: { 2006: 38, 2011: 38, 2024: 34 },
    nonWestern: { 2006: 57, 2011: 56, 2024: 53 },
    convicted: { 2006: 3.2, 2011: 3.1, 2017: 2.6, 2024: 2.3 },
    basicEducation: { 2006: 56, 2024: 52 },
    incomeVsRegion: { 2006: 0.6 },
  },
  {
    id: "degnegaarden",
    name: "Degnegården mv.",
    residents: 1050,
    departments: [
      { weight: 0.5, offset: 2 },
      { weight: 0.5, offset: -2 },
    ],
    outside18Plus: { 2006: 37, 2008: 36, 2024: 33 },
    outside18To64: { 2006: 36, 2008: 35, 2024: 32 },
    outsideWorkOrEducation: { 2006: 37, 2024: 33 },
    nonWestern: { 2006: 58, 2011: 57, 2024: 52 },
    convicted: { 2006: 3.1, 2011: 3.0, 2017: 2.5, 2024: 2.2 },
    basicEducation: { 2006: 54 },
    incomeVsRegion: { 2006: 0.61 },
  },
  {
    id: "urbanplanen",
    name: "Urbanplanen",
    residents: 2700,
    departments: [
      { weight: 0.4, offset: 3 },
      { weight: 0.3, offset: 0 },
      { weight: 0.3, offset: -3 },
    ],
    outside18Plus: { 2006: 34, 2008: 33, 2024: 31 },
    outside18To64: { 2006: 32, 2008: 31, 2024: 30 },
    outsideWorkOrEducation: { 2006: 32, 2024: 31.5 },
    nonWestern: { 2006: 38, 2024: 42 },
    convicted: { 2006: 1.8 },
    basicEducation: { 2006: 50 },
    incomeVsRegion: { 2006: 0.63 },
  },
  {
    id: "voldparken",
    name: "Voldparken",
    residents: 2400,
    departments: [
      { weight: 0.5, offset: 2 },
      { weight: 0.5, offset: -2 },
    ],
    outside18Plus: { 2006: 31 },
    outside18To64: { 2006: 28 },
    outsideWorkOrEducation: { 2006: 27 },
    nonWestern: { 2006: 25 },
    convicted: { 2006: 1.5 },
    basicEducation: { 2006: 45 },
    incomeVsRegion: { 2006: 0.7 },
  },
  {
    id: "ryparken",
    name: "Ryparken",
    residents: 1400,
    departments: [
      { weight: 0.5, offset: 1 },
      { weight: 0.5, offset: -1 },
    ],
    outside18Plus: { 2006: 20 },
    outside18To64: { 2006: 16 },
    outsideWorkOrEducation: { 2006: 15 },
    nonWestern: { 2006: 12 },
    convicted: { 2006: 0.9 },
    basicEducation: { 2006: 30 },
    incomeVsRegion: { 2006: 0.85 },
  },
  {
    id: "bellahoej",
    name: "Bellahøj",
    residents: 2000,
    departments: [
      { weight: 0.5, offset: 1 },
      { weight: 0.5, offset: -1 },
    ],
    outside18Plus: { 2006: 22 },
    outside18To64: { 2006: 18 },
    outsideWorkOrEducation: { 2006: 17 },
    nonWestern: { 2006: 15 },
    convicted: { 2006: 1.0 },
    basicEducation: { 2006: 32 },
    incomeVsRegion: { 2006: 0.8 },
  },
];

function at(keyframes: Keyframes, year: number): number {
  const points = Object.entries(keyframes)
    .map(([y, v]) => [Number(y), v] as const)
    .sort((a, b) => a[0] - b[0]);
  const first = points[0];
  if (!first) throw new Error("empty keyframes");
  let before = first;
  for (const point of points) {
    if (point[0] === year) return point[1];
    if (point[0] > year) {
      if (before[0] > year) return point[1];
      return before[1] + ((point[1] - before[1]) * (year - before[0])) / (point[0] - before[0]);
    }
    before = point;
  }
  return before[1];
}

export function regionMeanIncome(year: number): number {
  return Math.round(300_000 * 1.025 ** (year - 2006));
}

export function nationalConvictionShare(year: number): string {
  return (0.012 - ((year - 2006) * 0.0035) / 18).toFixed(5);
}

const header = [
  "year",
  "area_id",
  "area_name",
  "municipality",
  "department_id",
  "residents",
  "residents_18_plus",
  "outside_labour_market_18_plus",
  "residents_18_64",
  "outside_labour_market_18_64",
  "outside_labour_or_education_18_64",
  "non_western_immigrants_descendants",
  "convicted_18_plus",
  "residents_30_59",
  "basic_education_only_30_59",
  "taxpayers_15_64_excl_students",
  "gross_income_sum_15_64_excl_students",
  "region",
];

function rows(): string[] {
  const lines: string[] = [];
  for (const year of years) {
    for (const area of areas) {
      const total = Math.round(area.residents * (1 + 0.003 * (year - 2015)));
      const meanOffset = area.departments.reduce((s, d) => s + d.weight * d.offset, 0);
      area.departments.forEach((department, index) => {
        const residents = Math.round(total * department.weight);
        const r18 = Math.round(residents * 0.72);
        const r1864 = Math.round(residents * 0.62);
        const r3059 = Math.round(residents * 0.4);
        const taxpayers = Math.round(residents * 0.55);
        const pct = (k: Keyframes, base: number, shift = 0) =>
          Math.min(base, Math.max(0, Math.round(((at(k, year) + shift) / 100) * base)));
        const income = Math.round(at(area.incomeVsRegion, year) * regionMeanIncome(year) * taxpayers);
        lines.push(
          [
            year,
            area.id,
            area.name,
            "København",
            `${area.id}-${index + 1}`,
            residents,
            r18,
            pct(area.outside18Plus, r18, department.offset - meanOffset),
            r1864,
            pct(area.outside18To64, r1864),
            pct(area.outsideWorkOrEducation, r1864),
            pct(area.nonWestern, residents),
            pct(area.convicted, r18),
            r3059,
            pct(area.basicEducation, r3059),
            taxpayers,
            income,
            "Region Hovedstaden",
          ].join(","),
        );
      });
    }
  }
  return lines;
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, "area-facts.csv"), `${[header.join(","), ...rows()].join("\n")}\n`);
const reference = years.map(
  (year) => `${year},Region Hovedstaden,${regionMeanIncome(year)},${nationalConvictionShare(year)}`,
);
writeFileSync(
  join(here, "reference-facts.csv"),
  `${["year,region,region_mean_gross_income_15_64_excl_students,national_conviction_share_18_plus", ...reference].join("\n")}\n`,
);
