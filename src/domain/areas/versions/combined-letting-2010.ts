import { type Criterion, countCriterion, criterion } from "../criterion.ts";
import { countLabel, shareLabel } from "../labels.ts";
import { type AreaContext, type AreaOutcome, perList, type RuleVersion } from "../rule-version.ts";
import { criterionTexts } from "../texts.ts";

/**
 * Almenboligloven § 51 b from 1 January 2010 ("områder, hvor kombineret udlejning kan benyttes"):
 *   stk. 3: mindst 1.000 beboere i afdelingerne tilsammen, og mindst 40 pct. af beboerne i
 *           alderen 18-64 år i afdelingerne tilsammen er uden for arbejdsmarkedet;
 *   stk. 4: eller mindst 5.000 beboere og mindst 30 pct. (from when: verify).
 * The one-department test of 2005 is gone, and the base is 18-64 instead of 18+.
 */
const p = {
  residents: "kombineret_udlejning.omraade.mindste_antal_beboere",
  together: "kombineret_udlejning.omraade.samlet_andel_uden_for_arbejdsmarkedet",
  residentsStk4: "kombineret_udlejning.omraade.stk4_mindste_antal_beboere",
  togetherStk4: "kombineret_udlejning.omraade.stk4_samlet_andel_uden_for_arbejdsmarkedet",
} as const;

type Subsection = "stk3" | "stk4";
const thresholds: Readonly<Record<Subsection, { readonly residents: string; readonly share: string }>> = {
  stk3: { residents: p.residents, share: p.together },
  stk4: { residents: p.residentsStk4, share: p.togetherStk4 },
};

/** A subsection's thresholds and labels: the same for every area of the list. */
function shown(area: AreaContext, stk: Subsection) {
  return perList(area, stk, () => {
    const language = area.language ?? "da";
    const section = criterionTexts[stk][language];
    const residentsThreshold = area.reader.threshold(thresholds[stk].residents);
    const shareThreshold = area.reader.threshold(thresholds[stk].share);
    return {
      residentsThreshold,
      shareThreshold,
      residentsLabel: `${section}: ${countLabel(residentsThreshold, criterionTexts.residentsTogether[language], language).toLowerCase()}`,
      shareLabel: `${section}: ${shareLabel(shareThreshold, criterionTexts.together18To64[language], language).toLowerCase()}`,
      years: [area.factsYear],
    };
  });
}

function classifyArea(area: AreaContext): AreaOutcome {
  const facts = area.facts(0);
  const residents = facts.total("residents");
  const outside = facts.total("outside_labour_market_18_64");
  const base = facts.total("residents_18_64");
  const criteria = (["stk3", "stk4"] as const).flatMap((stk) => {
    const list = shown(area, stk);
    return [
      countCriterion({
        id: `${stk}_residents`,
        label: list.residentsLabel,
        count: residents,
        threshold: list.residentsThreshold,
        years: list.years,
      }),
      criterion({
        id: `${stk}_outside_labour_market`,
        label: list.shareLabel,
        numerator: outside,
        denominator: base,
        threshold: list.shareThreshold,
        years: list.years,
      }),
    ];
  });
  const [stk3Residents, stk3Share, stk4Residents, stk4Share] = criteria as [
    Criterion,
    Criterion,
    Criterion,
    Criterion,
  ];
  const listed = (stk3Residents.met && stk3Share.met) || (stk4Residents.met && stk4Share.met);
  return { categories: listed ? ["kombineret_udlejning"] : [], criteria };
}

export const combinedLetting2010: RuleVersion = {
  id: "combined-letting-2010",
  name: "Kombineret udlejning, områder efter reglen fra 1. januar 2010 (stk. 3 og 4)",
  nameEn: "Combined letting, areas under the rule from 1 January 2010 (subsections 3 and 4)",
  listKind: "combined_letting",
  categories: ["kombineret_udlejning"],
  effectiveFrom: "2010-01-01",
  source: {
    section: "almenboligloven § 51 b, stk. 3 og 4",
    document: 'Socialministeriets liste af 21. december 2009 (seedet, afsnit "Ad a")',
    text: "Den ændrende lov og dens dato er ikke efterprøvet (verify).",
  },
  requiredColumns: ["residents", "residents_18_64", "outside_labour_market_18_64"],
  averagedColumns: [],
  requiredYearOffsets: () => [0],
  priorListsRead: () => 0,
  publicationDayParameter: "kombineret_udlejning.omraade.offentliggoerelsesdag",
  classifyArea,
};
