import type { Indicator } from "../../domain/policy/goals/indicator.ts";
import type { PolicyGoal } from "../../domain/policy/goals/policy-goal.ts";

/** Goal b's indicator; the letting agreement's success criterion tracks the same one. */
export const shareOutsideLabourMarket: Indicator = {
  id: "b-andel-uden-for-arbejdsmarkedet",
  name: "Andel uden tilknytning til arbejdsmarkedet i de udsatte boligområder",
  definition: "Andel af de voksne beboere i de udsatte boligområder, der står uden for arbejdsmarkedet.",
  unit: "%",
  direction: "lower_is_better",
  source: "Evaluering af aftalen om udlejningsmodeller (SOF, TMF og BIF)",
  numerator: "Voksne beboere i de udsatte boligområder uden tilknytning til arbejdsmarkedet",
  denominator: "Alle voksne beboere i de udsatte boligområder",
  factor: 100,
  decimals: 1,
  computation: { kind: "share_outside_labour_market", areaTypes: ["udsat"], ageBand: "18_64" },
};

/** Goals a, b and c of the integration policy as the 2010 report lists them. */
export const goalA: PolicyGoal = {
  code: "a",
  text: "Der må ikke komme nye udsatte boligområder i Københavns Kommune.",
  deadline: "2010-12-31",
  indicators: [
    {
      indicator: {
        id: "a-omraader-paa-listen",
        name: "Områder på Socialministeriets liste",
        definition:
          "Antal boligområder i Københavns Kommune på Socialministeriets liste over udsatte områder; fra 1. januar 2010 listen over områder, hvor kombineret udlejning kan benyttes.",
        unit: "områder",
        direction: "lower_is_better",
        source: "Socialministeriet",
        numerator: null,
        denominator: null,
        factor: 1,
        decimals: 0,
        computation: { kind: "listed_areas" },
      },
      // "Ingen nye" read against the 2009 count: the seed gives no earlier baseline.
      target: {
        value: 2,
        unit: "count",
        comparison: "at_most",
        baseline: {
          value: 2,
          period: { kind: "year", year: 2009 },
          source: "Socialministeriet, oprindelig opgørelsesmetode",
        },
        deadline: "2010-12-31",
        statedUnitText: "Der må ikke komme nye udsatte boligområder",
        approximate: false,
        perYear: false,
      },
      measurements: [
        {
          id: "a-2009-gamle-kriterier",
          period: { kind: "year", year: 2009 },
          value: 2,
          statedText: "2 udsatte områder (Tingbjerg/Utterslevhuse og Mjølnerparken)",
          approximate: false,
          source: "Socialministeriet, oprindelig opgørelsesmetode (kriterier til 31. december 2009)",
          date: null,
          note: "Gamle kriterier",
        },
        {
          id: "a-liste-21-12-2009",
          period: { kind: "date", date: "2009-12-21" },
          value: 6,
          statedText: "6 områder, hvor kombineret udlejning kan benyttes",
          approximate: false,
          source: "Socialministeriets liste offentliggjort 21. december 2009 (kriterier fra 1. januar 2010)",
          date: "2009-12-21",
          note: "Nye kriterier",
        },
      ],
    },
  ],
};

export const goalB: PolicyGoal = {
  code: "b",
  text: "Andelen af personer uden tilknytning til arbejdsmarkedet i de udsatte boligområder skal reduceres med 10 % frem til år 2010.",
  deadline: "2010-12-31",
  indicators: [
    {
      indicator: shareOutsideLabourMarket,
      // The goal says "10 %": read as 10 % of the starting level. The letting agreement's schema
      // says "10 procentpoint"; validation flags the difference instead of choosing.
      target: {
        value: 10,
        unit: "percent_of_baseline",
        comparison: "reduce_by",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "reduceres med 10 %",
        approximate: false,
        perYear: false,
      },
      measurements: [],
    },
    {
      indicator: {
        id: "b-andel-overfoerselsindkomst",
        name: "Andel på overførselsindkomst, alle områdetyper",
        definition:
          "Andel af beboerne i de almene boliger, der er omfattet af evalueringen, som modtager overførselsindkomst.",
        unit: "%",
        direction: "lower_is_better",
        source: "Evaluering af aftalen om udlejningsmodeller for 2008 (SOF, TMF og BIF)",
        numerator: "Beboere på overførselsindkomst",
        denominator: "Alle beboere i evalueringens boliger",
        factor: 100,
        decimals: 1,
      },
      target: null,
      measurements: [
        {
          id: "b-overfoersel-2006",
          period: { kind: "year", year: 2006 },
          value: 33.2,
          statedText: "33,2 %",
          approximate: false,
          source: "Evaluering af aftalen om udlejningsmodeller for 2008",
          date: null,
        },
        {
          id: "b-overfoersel-2008",
          period: { kind: "year", year: 2008 },
          value: 29.3,
          statedText: "29,3 %",
          approximate: false,
          source: "Evaluering af aftalen om udlejningsmodeller for 2008",
          date: null,
        },
      ],
    },
  ],
};

export const goalC: PolicyGoal = {
  code: "c",
  text: "Unge indvandrere har i 2010 en kriminalitetsfrekvens på niveau med andre unge danskere, når der tages højde for den sociale fordeling.",
  deadline: "2010-12-31",
  indicators: [
    {
      indicator: {
        id: "c-standardiseret-kriminalitetsfrekvens",
        name: "Standardiseret kriminalitetsfrekvens, unge indvandrere og efterkommere 15–19 år",
        definition:
          "Kriminalitetsfrekvensen for indvandrere og efterkommere 15–19 år, standardiseret til den sociale fordeling blandt andre unge på samme alder, divideret med de andre unges kriminalitetsfrekvens.",
        unit: "forholdstal",
        direction: "lower_is_better",
        source: "Danmarks Statistik",
        numerator: "Standardiseret kriminalitetsfrekvens for indvandrere og efterkommere 15–19 år",
        denominator: "Kriminalitetsfrekvens for andre unge 15–19 år",
        factor: 1,
        decimals: 2,
        computation: { kind: "standardised_crime_ratio", ageFrom: 15, ageTo: 19 },
      },
      target: {
        value: 1,
        unit: "absolute",
        comparison: "at_most",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "på niveau med andre unge danskere, når der tages højde for den sociale fordeling",
        approximate: false,
        perYear: false,
      },
      measurements: [],
    },
  ],
};

export const goals2010: readonly PolicyGoal[] = [goalA, goalB, goalC];
