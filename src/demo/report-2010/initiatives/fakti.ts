import { dashList, paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const fakti: Initiative = {
  id: "fakti",
  name: "FAKTI",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [],
  successCriteria: [
    {
      id: "fakti-60-kvinder",
      text: "Bibeholde en målgruppe på ca. 60 kvinder om året",
      indicator: {
        id: "fakti-kvinder-om-aaret",
        name: "Kvinder i FAKTI om året",
        definition: "Antal kvinder, der deltager i FAKTI i løbet af året.",
        unit: "kvinder pr. år",
        direction: "higher_is_better",
        source: "FAKTI, årlig status",
        numerator: null,
        denominator: null,
        factor: 1,
        decimals: 0,
      },
      target: {
        value: 60,
        unit: "count",
        comparison: "at_least",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "ca. 60 kvinder om året",
        approximate: true,
        perYear: true,
      },
      measurements: [],
    },
  ],
  statusReport: {
    kind: "beyond_goals",
    fields: {
      economy: [paragraph("1,25 mio. i 2010,2011,2012 og 2013")],
      targetGroup: [
        paragraph(
          "Flygtninge og indvandrerkvinder, som ikke har ressourcer til at gå på almindelig sprogskole,",
        ),
      ],
      activity: [
        dashList(
          "Danskundervisning",
          "Samfundsundervisning",
          "Motion",
          "Vejledning",
          "Ture og udflugter",
          "Sociale aften arrangementer",
        ),
      ],
      roundGoals: [
        paragraph(
          "Bibeholde en målgruppe på ca. 60 kvinder om året og tilstræbe at deltagerne gennem FAKTI opnår følgende:",
        ),
        dashList(
          "At kvinder opnår den nødvendige styrke til at bryde ud af deres sociale isolation",
          "At kvinderne opnår forbedret danskkundskaber",
          "At kvinderne får styrket deres netværk",
          "At kvinderne får øget viden om det danske samfund og kultur.",
          "At formidle FAKTIs integrationsarbejde.",
        ),
      ],
      status: [
        paragraph("Der foreligger endnu ikke en status på indsatsen, men status udarbejdet en gang årligt."),
      ],
    },
    targetGroup: {
      counts: [{ value: 60, unit: "kvinder", perYear: true, approximate: true }],
      ageMin: null,
      ageMax: null,
      sex: "female",
      background: "Flygtninge og indvandrerkvinder",
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "fakti-2010-2013",
        field: "economy",
        statedText: "1,25 mio. i 2010,2011,2012 og 2013",
        amount: 1_250_000,
        approximate: false,
        period: { kind: "years", years: [2010, 2011, 2012, 2013] },
      },
    ],
    datedStatements: [],
  },
};
