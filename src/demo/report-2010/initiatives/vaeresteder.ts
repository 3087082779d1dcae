import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const vaeresteder: Initiative = {
  id: "vaeresteder",
  name: "Væresteder for unge over 18 år",
  isNew: true,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "b",
      basis: "interpreted",
      excerpt: "får en tilknytning til arbejdsmarkedet eller påbegynder uddannelse",
    },
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "flere socialt marginaliserede kriminelle/kriminalitetstruede unge",
    },
  ],
  successCriteria: [],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [
        paragraph(
          "Indre Nørrebro Kapelvej: 3 mio. kr. i 2010 Indre Nørrebro Guldbergsgade: 3,8 mio. kr. i 2010 Ydre Nørrebro Haraldsgadekvarteret: 3,6 mio. kr. i 2010",
        ),
      ],
      targetGroup: [
        paragraph(
          "Socialt marginaliserede kriminelle/kriminalitetstruede unge mellem 18 og 25 år i 3 udsatte boligområder. Fortrinsvis etnisk minoritetsunge.",
        ),
      ],
      activities: [
        paragraph(
          "Fælles sociale og rekreative aktiviteter samt rådgivning. Værestederne har forskellige aktiviteter som fitnessrum og computerfaciliteter samt beskæftigelsesvejledning.",
        ),
      ],
      objective: [
        paragraph(
          "Formålet er at skabe kontakt til og yde rådgivning og personlig støtte med særlig fokus på socialt fællesskab, kompetencer, uddannelse og arbejde.",
        ),
      ],
      contribution: [
        paragraph(
          "På sigt bidrager indsatsen til, at flere socialt marginaliserede kriminelle/kriminalitetstruede unge får en tilknytning til arbejdsmarkedet eller påbegynder uddannelse.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Socialforvaltningen er ved at udarbejde et monitoreringssystem, således at man løbende kan følge med i indsatsens effekt.",
        ),
      ],
      status: [paragraph("Værestederne på Kapelvej og i Haraldsgadekvartret er startet op og kører fint.")],
    },
    targetGroup: {
      counts: [{ value: 3, unit: "udsatte boligområder", perYear: false, approximate: false }],
      ageMin: 18,
      ageMax: 25,
      sex: "unspecified",
      background: "Fortrinsvis etnisk minoritetsunge",
    },
    amountLines: [
      {
        kind: "sub_unit",
        id: "vaeresteder-kapelvej-2010",
        field: "economy",
        subLineId: "vaeresteder-kapelvej",
        subUnit: "Indre Nørrebro Kapelvej",
        statedText: "Indre Nørrebro Kapelvej: 3 mio. kr.",
        amount: 3_000_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
      {
        kind: "sub_unit",
        id: "vaeresteder-guldbergsgade-2010",
        field: "economy",
        subLineId: "vaeresteder-guldbergsgade",
        subUnit: "Indre Nørrebro Guldbergsgade",
        statedText: "Indre Nørrebro Guldbergsgade: 3,8 mio. kr.",
        amount: 3_800_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
      {
        kind: "sub_unit",
        id: "vaeresteder-haraldsgade-2010",
        field: "economy",
        subLineId: "vaeresteder-haraldsgadekvarteret",
        subUnit: "Ydre Nørrebro Haraldsgadekvarteret",
        statedText: "Ydre Nørrebro Haraldsgadekvarteret: 3,6 mio. kr.",
        amount: 3_600_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
    ],
    datedStatements: [],
  },
};
