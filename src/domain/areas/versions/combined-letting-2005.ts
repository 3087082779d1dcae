import { DomainError } from "../../errors.ts";
import { highestDepartmentShare } from "../area-measures.ts";
import { type Criterion, countCriterion, criterion } from "../criterion.ts";
import { countLabel, shareLabel } from "../labels.ts";
import { type AreaContext, type AreaOutcome, perList, type RuleVersion } from "../rule-version.ts";
import { criterionTexts, highestDepartmentNote } from "../texts.ts";

/**
 * Almenboligloven § 51 b, stk. 3, as worded by lov nr. 328 af 18. maj 2005 (L 32):
 * "Områder med en høj andel af personer uden for arbejdsmarkedet" are physically connected
 * social housing departments where
 *   1) mindst 50 pct. af beboerne på 18 år og derover i mindst én af afdelingerne er uden for
 *      arbejdsmarkedet,
 *   2) der bor mindst 1.200 beboere i afdelingerne tilsammen, og
 *   3) mindst 40 pct. af beboerne på 18 år og derover i afdeli[ngerne tilsammen] … (verify).
 * The seed paraphrases 1) as "mere end 50 %" and leaves out 3); the statute is encoded.
 */
const p = {
  oneDepartment: "kombineret_udlejning.omraade.afdeling_andel_uden_for_arbejdsmarkedet",
  residents: "kombineret_udlejning.omraade.mindste_antal_beboere",
  together: "kombineret_udlejning.omraade.samlet_andel_uden_for_arbejdsmarkedet",
  alternative: "kombineret_udlejning.omraade.alternativ_test_2005",
} as const;

/** The thresholds and labels: the same for every area of a list. */
function shown(area: AreaContext) {
  return perList(area, "combined_letting_2005", () => {
    const language = area.language ?? "da";
    const oneDepartment = area.reader.threshold(p.oneDepartment);
    const residents = area.reader.threshold(p.residents);
    const together = area.reader.threshold(p.together);
    return {
      oneDepartment,
      oneDepartmentLabel: shareLabel(oneDepartment, criterionTexts.oneDepartment18Plus[language], language),
      residents,
      residentsLabel: countLabel(residents, criterionTexts.residentsTogether[language], language),
      together,
      togetherLabel: shareLabel(together, criterionTexts.together18Plus[language], language),
      years: [area.factsYear],
    };
  });
}

/** Stk. 3, nr. 1: the department with the highest share decides (it meets it if any does). */
function oneDepartmentCriterion(area: AreaContext): Criterion {
  const list = shown(area);
  const highest = highestDepartmentShare(
    area.facts(0).rows,
    "outside_labour_market_18_plus",
    "residents_18_plus",
  );
  return criterion({
    id: "outside_labour_market_one_department",
    label: list.oneDepartmentLabel,
    numerator: highest.numerator,
    denominator: highest.denominator,
    threshold: list.oneDepartment,
    years: list.years,
    departmentId: highest.departmentId,
    // The same counts as "afdelingerne tilsammen" for one department: the rest is the difference.
    partOf: "outside_labour_market_together",
    note: highestDepartmentNote(highest.departmentId, area.language ?? "da"),
  });
}

function classifyArea(area: AreaContext): AreaOutcome {
  if (area.reader.boolean(p.alternative)) {
    // A slot, not an encoding: refusing is safer than silently ignoring a test the law has.
    throw new DomainError(
      "rule_not_in_force",
      {
        da: "Den alternative test i § 51 b, stk. 3, 2. pkt. (2005) er slået til, men ikke kodet",
        en: "The alternative test in § 51 b(3), second sentence (2005) is switched on, but not coded",
      },
      [{ field: p.alternative, message: "alternativ test ikke kodet", en: "alternative test not coded" }],
    );
  }
  const facts = area.facts(0);
  const list = shown(area);
  const criteria = [
    oneDepartmentCriterion(area),
    countCriterion({
      id: "residents",
      label: list.residentsLabel,
      count: facts.total("residents"),
      threshold: list.residents,
      years: list.years,
    }),
    criterion({
      id: "outside_labour_market_together",
      label: list.togetherLabel,
      numerator: facts.total("outside_labour_market_18_plus"),
      denominator: facts.total("residents_18_plus"),
      threshold: list.together,
      years: list.years,
    }),
  ];
  return { categories: criteria.every((c) => c.met) ? ["kombineret_udlejning"] : [], criteria };
}

export const combinedLetting2005: RuleVersion = {
  id: "combined-letting-2005",
  name: 'Kombineret udlejning, områder efter 2005-reglen ("udsatte områder")',
  nameEn: 'Combined letting, areas under the 2005 rule ("vulnerable areas")',
  listKind: "combined_letting",
  categories: ["kombineret_udlejning"],
  effectiveFrom: "2005-06-01",
  effectiveTo: "2009-12-31",
  source: {
    act: "Lov nr. 328 af 18. maj 2005 (indsats mod ghettoisering)",
    section: "almenboligloven § 51 b, stk. 3",
    bill: "L 32 (2004-05)",
    url: "https://www.retsinformation.dk/eli/lta/2005/328",
  },
  requiredColumns: ["residents", "residents_18_plus", "outside_labour_market_18_plus"],
  averagedColumns: [],
  requiredYearOffsets: () => [0],
  priorListsRead: () => 0,
  publicationDayParameter: "kombineret_udlejning.omraade.offentliggoerelsesdag",
  classifyArea,
};
