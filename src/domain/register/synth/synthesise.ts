import { type RegisterAreaType, type RegisterFileName, registerFiles } from "../codes.ts";

/**
 * A synthetic, Copenhagen-like register population in the import layout (docs/REGISTER.md):
 * the seed's areas (data/demo/area-facts.csv) and others across the four area types, departments
 * of realistic sizes, households in dwellings, monthly transfer incomes 2006–2012, households
 * moving out (the dwelling fully vacated, a new household moving in) and single adults moving
 * out (the dwelling not fully vacated). Pure and deterministic: the same options give the same
 * bytes.
 *
 * Calibration: every department has a target share of its residents 18–64 outside the labour
 * market (on transfer income) in each year (`outsideTarget`): its area's level in 2009, changing
 * by the area type's yearly slope (`transferShare`'s), so the city's share starts near a third
 * and falls fastest in the vulnerable areas. The residents 18–64 of a department on the reference
 * day (1 January) are ranked by a fixed personal draw u and the first round(target × n) are
 * outside: the department meets its target exactly, every year, instead of drifting with
 * independent draws. Together with the sizes of the seed's six list areas (`listAreas`) this gives
 * the seed's 2 → 6 change of the combined-letting list at 1 January 2010 from the rule change
 * alone: Tingbjerg/Utterslevhuse and Mjølnerparken meet the 2005 rule (≥ 1,200 residents, a
 * department ≥ 50 % of those 18+ outside), the other four have 1,000–1,199 residents and 44 % of
 * those 18–64 outside (the 2010 rule's ≥ 1,000 and ≥ 40 %, not the 2005 rule's 1,200), and no
 * other area comes near 40 %. `persons` is the population on 1 January of the first year; people
 * moving in later come on top (a fully vacated dwelling is re-let to a household of its size).
 */
export interface SynthOptions {
  readonly persons: number;
  readonly seed: number;
  readonly fromYear?: number;
  readonly toYear?: number;
}

export type SynthFiles = Readonly<Record<RegisterFileName, string>>;

/** mulberry32: a small, seeded 32-bit PRNG; enough for test data, not for secrets. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The calibrated share of adults 18–64 on transfer income by area type and year. */
export function transferShare(type: RegisterAreaType, year: number): number {
  const k = Math.max(0, year - 2006);
  switch (type) {
    case "udsat":
      return 0.44 - 0.022 * k;
    case "hoejrisiko":
      return 0.4 - 0.018 * k;
    case "risiko":
      return 0.34 - 0.011 * k;
    case "neutral":
      return 0.3 - 0.004 * k;
  }
}

/**
 * The seed's six areas on the 2010 combined-letting list: residents on 1 January 2009 (the
 * facts year of the 1 January 2010 list) when the city is large enough, and the share of residents
 * 18–64 outside the labour market in 2009.
 */
const listAreas: Readonly<Record<string, { readonly residents: number; readonly outside2009: number }>> = {
  tingbjerg: { residents: 2_600, outside2009: 0.52 },
  mjoelnerparken: { residents: 2_000, outside2009: 0.51 },
  akacieparken: { residents: 1_100, outside2009: 0.44 },
  aldersrogade: { residents: 1_100, outside2009: 0.44 },
  lundtoftegade: { residents: 1_100, outside2009: 0.44 },
  bispeparken: { residents: 1_100, outside2009: 0.44 },
};

/** The 2009 share outside the labour market of the areas not on any list, by type: well under 40 %. */
const otherOutside2009: Readonly<Record<RegisterAreaType, number>> = {
  udsat: 0.31,
  hoejrisiko: 0.3,
  risiko: 0.27,
  neutral: 0.24,
};

/** A department's target share of residents 18–64 outside the labour market in a year. */
export function outsideTarget(areaId: string, type: RegisterAreaType, year: number): number {
  const level = listAreas[areaId]?.outside2009 ?? otherOutside2009[type];
  const slope = transferShare(type, 2006) - transferShare(type, 2007);
  return Math.min(0.95, Math.max(0.02, level + slope * (2009 - year)));
}

/** The seed's areas (data/demo/area-facts.csv) with the type given them in the synthetic city. */
const seedAreas: readonly (readonly [string, string, RegisterAreaType])[] = [
  ["tingbjerg", "Tingbjerg/Utterslevhuse", "udsat"],
  ["mjoelnerparken", "Mjølnerparken", "udsat"],
  ["akacieparken", "Akacieparken", "udsat"],
  ["blaagaarden", "Blågården", "udsat"],
  ["urbanplanen", "Urbanplanen", "hoejrisiko"],
  ["aldersrogade", "Aldersrogade/Vognvænget", "hoejrisiko"],
  ["gadelandet", "Gadelandet/Husumgård", "hoejrisiko"],
  ["hoergaarden", "Hørgården", "hoejrisiko"],
  ["lundtoftegade", "Lundtoftegade", "risiko"],
  ["bispeparken", "Bispeparken", "risiko"],
  ["bellahoej", "Bellahøj", "risiko"],
  ["degnegaarden", "Degnegården mv.", "risiko"],
  ["ryparken", "Ryparken", "risiko"],
  ["sjaeloer", "Sjælør Boulevard", "risiko"],
  ["staerevej", "Stærevej mv.", "risiko"],
  ["voldparken", "Voldparken", "risiko"],
];

const otherAreaCount = 12;

const nonDanishShare: Readonly<Record<RegisterAreaType, number>> = {
  udsat: 0.55,
  hoejrisiko: 0.45,
  risiko: 0.3,
  neutral: 0.15,
};

const educations = [
  "grundskole",
  "gymnasial",
  "erhvervsfaglig",
  "kort_videregaaende",
  "mellemlang_videregaaende",
  "lang_videregaaende",
];
const parentStatuses = ["hoej", "mellem", "lav", "uden_for_arbejdsmarkedet", "uoplyst"];

/** Age in whole years on 1 January, the birthday taken as the 1st of the birth month (as the facts count it). */
function ageOnReferenceDay(
  person: { readonly birthYear: number; readonly birthMonth: number },
  year: number,
): number {
  return year - person.birthYear - (person.birthMonth > 1 ? 1 : 0);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY = 86_400_000;

interface Person {
  readonly id: string;
  readonly birthYear: number;
  readonly birthMonth: number;
  readonly u: number;
  readonly code: string;
  readonly education: string;
  readonly crime: number;
}

interface Spell {
  readonly person: Person;
  readonly dwelling: number;
  readonly household: string;
  readonly from: number;
  to: number | null;
}

export function synthesiseRegister(options: SynthOptions): SynthFiles {
  const fromYear = options.fromYear ?? 2006;
  const toYear = options.toYear ?? 2012;
  if (!Number.isInteger(options.persons) || options.persons < 1) throw new RangeError("persons ≥ 1");
  const rng = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const lines: Record<RegisterFileName, string[]> = Object.fromEntries(
    Object.entries(registerFiles).map(([file, columns]) => [file, [columns.join(",")]]),
  ) as Record<RegisterFileName, string[]>;

  // Areas, with a weight for their share of the city's dwellings.
  const areas: { id: string; name: string; type: RegisterAreaType; weight: number }[] = seedAreas.map(
    ([id, name, type]) => ({ id, name, type, weight: 0.6 + rng() }),
  );
  for (let i = 1; i <= otherAreaCount; i++) {
    const type: RegisterAreaType = i <= 2 ? "risiko" : "neutral";
    areas.push({
      id: `omraade-${String(i).padStart(2, "0")}`,
      name: `Område ${i}`,
      type,
      weight: type === "neutral" ? 2.4 + rng() : 1,
    });
  }
  for (const area of areas) {
    lines["areas.csv"].push(`${area.id},${area.name}`);
    for (let year = fromYear; year <= toYear; year++)
      lines["area_years.csv"].push(`${area.id},${year},${area.type}`);
  }

  // Departments (1–4 per area) and dwellings: about 2.1 residents a dwelling, a few left empty.
  // The six list areas get their residents (scaled down in a small city), the others the rest by weight.
  const listResidents = Object.values(listAreas).reduce((sum, a) => sum + a.residents, 0);
  const scale = Math.min(1, (0.7 * options.persons) / listResidents);
  const fixedDwellings = (areaId: string) => {
    const target = listAreas[areaId]?.residents;
    // 2.45 persons a household; 4 % more on 1 January 2006 for the adults moving out by 2009.
    return target === undefined ? undefined : Math.max(1, Math.round((target * scale * 1.04) / 2.45));
  };
  const otherWeight = areas.reduce((sum, a) => sum + (fixedDwellings(a.id) === undefined ? a.weight : 0), 0);
  const fixedTotal = areas.reduce((sum, a) => sum + (fixedDwellings(a.id) ?? 0), 0);
  const otherDwellings = Math.max(0, Math.ceil((options.persons / 2.1) * 1.03) - fixedTotal);
  const dwellings: { id: string; type: RegisterAreaType; areaId: string; department: string }[] = [];
  for (const area of areas) {
    const departments = 1 + Math.floor(rng() * 4);
    const areaDwellings = Math.max(
      departments,
      fixedDwellings(area.id) ?? Math.round((otherDwellings * area.weight) / otherWeight),
    );
    const sizes = Array.from({ length: departments }, () => 0.5 + rng());
    const sizeSum = sizes.reduce((s, x) => s + x, 0);
    sizes.forEach((size, index) => {
      const department = `${area.id}-${index + 1}`;
      lines["departments.csv"].push(`${department},${area.id},${area.name} afd. ${index + 1}`);
      const count = Math.max(1, Math.round((areaDwellings * size) / sizeSum));
      for (let n = 1; n <= count; n++) {
        const id = `${department}-${String(n).padStart(4, "0")}`;
        dwellings.push({ id, type: area.type, areaId: area.id, department });
        lines["dwellings.csv"].push(`${id},${department}`);
      }
    });
  }

  const departmentList = [...new Map(dwellings.map((d) => [d.department, d])).values()];
  const departmentIndex = new Map(departmentList.map((d, i) => [d.department, i]));
  const rankedOnDay = new Set<string>();

  let personCount = 0;
  let householdCount = 0;
  const spells: Spell[] = [];
  const occupants = new Map<number, Spell[]>();
  const start = Date.UTC(fromYear, 0, 1);

  const newPerson = (birthYear: number, origin: string, countryGroup: string): Person => {
    personCount++;
    const id = `P${String(personCount).padStart(7, "0")}`;
    const birthMonth = 1 + Math.floor(rng() * 12);
    const sex = rng() < 0.5 ? "m" : "k";
    lines["persons.csv"].push(
      `${id},${birthYear},${birthMonth},${sex},${origin},${countryGroup},${pick(parentStatuses)}`,
    );
    const c = rng();
    const code =
      c < 0.25
        ? "foertidspension"
        : c < 0.7
          ? "kontanthjaelp"
          : c < 0.85
            ? "arbejdsloeshedsdagpenge"
            : c < 0.93
              ? "sygedagpenge"
              : origin === "indvandrer"
                ? "introduktionsydelse"
                : "kontanthjaelp";
    return {
      id,
      birthYear,
      birthMonth,
      u: rng(),
      code,
      education: pick(educations),
      crime: (sex === "m" ? 0.05 : 0.015) * (origin === "dansk" ? 1 : 1.6),
    };
  };

  /** A household moves into a dwelling on day `from` (of `size` persons, else drawn); returns its size. */
  const moveIn = (dwelling: number, from: number, size?: number): number => {
    householdCount++;
    const household = `H${String(householdCount).padStart(7, "0")}`;
    lines["households.csv"].push(household);
    const type = (dwellings[dwelling] as { type: RegisterAreaType }).type;
    const nonDanish = rng() < nonDanishShare[type];
    const countryGroup = nonDanish ? (rng() < 0.8 ? "ikke_vestlig" : "vestlig") : "";
    const drawnAdults = rng() < 0.45 ? 1 : 2;
    const r = rng();
    const drawnChildren = r < 0.5 ? 0 : r < 0.7 ? 1 : r < 0.88 ? 2 : 3;
    // A dwelling fits a household of its size: a re-let keeps the residents a department has.
    const adults = size === undefined ? drawnAdults : Math.min(2, size);
    const children = size === undefined ? drawnChildren : size - adults;
    const yearOfMove = new Date(from).getUTCFullYear();
    const members: Person[] = [];
    for (let i = 0; i < adults; i++)
      members.push(
        newPerson(yearOfMove - 20 - Math.floor(rng() * 40), nonDanish ? "indvandrer" : "dansk", countryGroup),
      );
    for (let i = 0; i < children; i++)
      members.push(
        newPerson(
          yearOfMove - Math.floor(rng() * 18),
          nonDanish ? (rng() < 0.6 ? "efterkommer" : "indvandrer") : "dansk",
          countryGroup,
        ),
      );
    const list: Spell[] = members.map((person) => ({ person, dwelling, household, from, to: null }));
    spells.push(...list);
    occupants.set(dwelling, list);
    return members.length;
  };

  // The population on 1 January of the first year, moved in over the preceding years.
  for (let dwelling = 0; dwelling < dwellings.length; dwelling++) {
    if (personCount >= options.persons) break;
    moveIn(dwelling, start - DAY * (1 + Math.floor(rng() * 365 * 12)));
  }

  // Each year: whole households move out (fully vacated, re-let within two months), single
  // adults move out (not fully vacated), empty dwellings are let.
  for (let year = fromYear; year <= toYear; year++) {
    const yearStart = Date.UTC(year, 0, 1);
    const days = (Date.UTC(year + 1, 0, 1) - yearStart) / DAY;
    for (let dwelling = 0; dwelling < dwellings.length; dwelling++) {
      const current = (occupants.get(dwelling) ?? []).filter((s) => s.to === null);
      const day = yearStart + DAY * Math.floor(rng() * (days - 70));
      if (current.length === 0) {
        if (rng() < 0.6) moveIn(dwelling, day);
      } else if (rng() < 0.07) {
        for (const spell of current) spell.to = day;
        moveIn(dwelling, day + DAY * (1 + Math.floor(rng() * 60)), current.length);
      } else if (current.length > 1 && rng() < 0.04) {
        const leaving = current.find((s) => year - s.person.birthYear >= 18);
        if (leaving) leaving.to = day;
      }
    }
  }

  // Who is outside the labour market: per department and year, the residents 18–64 on the
  // reference day ranked by u, the first round(target × n) of them; others by u < target.
  const outsideOnDay = new Set<string>();
  for (let year = fromYear; year <= toYear; year++) {
    const day = Date.UTC(year, 0, 1);
    const byDepartment = new Map<number, Person[]>();
    for (const spell of spells) {
      if (spell.from > day || (spell.to !== null && spell.to <= day)) continue;
      const age = ageOnReferenceDay(spell.person, year);
      if (age < 18 || age > 64) continue;
      const d = departmentIndex.get((dwellings[spell.dwelling] as { department: string }).department) ?? 0;
      const list = byDepartment.get(d);
      if (list === undefined) byDepartment.set(d, [spell.person]);
      else list.push(spell.person);
    }
    // Rounded cumulatively over the departments of each area type: a department is within one
    // person of its target and the type's total within one of its sum, even in a small city.
    const carried = new Map<RegisterAreaType, { target: number; rounded: number }>();
    for (const [d, persons] of [...byDepartment].sort((a, b) => a[0] - b[0])) {
      const { areaId, type } = departmentList[d] as { areaId: string; type: RegisterAreaType };
      const ranked = persons.sort((a, b) => a.u - b.u || a.id.localeCompare(b.id));
      const sums = carried.get(type) ?? { target: 0, rounded: 0 };
      const target = sums.target + outsideTarget(areaId, type, year) * ranked.length;
      const outside = Math.round(target) - sums.rounded;
      carried.set(type, { target, rounded: Math.round(target) });
      for (const person of ranked.slice(0, outside)) outsideOnDay.add(`${person.id}:${year}`);
      for (const person of ranked) rankedOnDay.add(`${person.id}:${year}`);
    }
  }

  // Residences, and per person and year: benefits (by month) and status.
  const lastDay = Date.UTC(toYear, 11, 31);
  for (const spell of spells) {
    const { person } = spell;
    lines["residences.csv"].push(
      `${person.id},${(dwellings[spell.dwelling] as { id: string }).id},${spell.household},${iso(spell.from)},${spell.to === null ? "" : iso(spell.to)}`,
    );
    const { type, areaId } = dwellings[spell.dwelling] as { type: RegisterAreaType; areaId: string };
    const end = spell.to ?? lastDay + DAY;
    for (let year = fromYear; year <= toYear; year++) {
      const age = ageOnReferenceDay(person, year);
      const months: string[] = [];
      for (let month = 0; month < 12; month++) {
        const first = Date.UTC(year, month, 1);
        if (first >= spell.from && first < end) months.push(iso(first));
      }
      if (months.length === 0 || age < 15) continue;
      let code: string | undefined;
      if (age >= 65) code = "folkepension";
      else if (
        age >= 18 &&
        (rankedOnDay.has(`${person.id}:${year}`)
          ? outsideOnDay.has(`${person.id}:${year}`)
          : person.u < outsideTarget(areaId, type, year))
      )
        code = age < 40 && person.code === "foertidspension" ? "kontanthjaelp" : person.code;
      for (const month of code === undefined ? [] : months)
        lines["benefits.csv"].push(`${person.id},${month},${code}`);
      const onTransfer = code !== undefined && code !== "folkepension";
      const status =
        age >= 65
          ? "pensionist"
          : onTransfer
            ? code === "arbejdsloeshedsdagpenge"
              ? "ledig"
              : "uden_for_arbejdsstyrken"
            : age < 25 && rng() < 0.5
              ? "under_uddannelse"
              : "beskaeftiget";
      const fte = onTransfer ? months.length / 12 : age >= 65 ? 1 : 0;
      const income = onTransfer
        ? 110_000 + Math.floor(rng() * 70_000)
        : age < 18
          ? Math.floor(rng() * 30_000)
          : 200_000 + Math.floor(rng() * 350_000);
      const convicted = age >= 15 && rng() < person.crime * (age < 30 ? 2 : 1) ? 1 : 0;
      const charged = convicted + (rng() < person.crime / 2 ? 1 : 0);
      lines["person_years.csv"].push(
        `${person.id},${year},${status},${fte.toFixed(4)},${age < 30 && person.education.includes("videre") ? "gymnasial" : person.education},${income},${convicted},${charged}`,
      );
    }
  }

  return Object.fromEntries(
    Object.entries(lines).map(([file, rows]) => [file, `${rows.join("\n")}\n`]),
  ) as SynthFiles;
}
