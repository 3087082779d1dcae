import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const paragraf18Midler: Initiative = {
  id: "paragraf-18-midler",
  name: "§ 18 midler til integrationsformål",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [],
  successCriteria: [],
  statusReport: {
    kind: "beyond_goals",
    fields: {
      economy: [paragraph("1,9 mio. kr. via § 18-midlerne.")],
      targetGroup: [paragraph("I 2009 opnåede 30 foreninger støtte.")],
      activity: [
        paragraph(
          "Fordeling af 1,9 mio. kr. via § 18 med fokus på foreninger, som foretager målrettet integrationsarbejde. Der uddeles midler til både små og store foreninger med forskelligt fokus indenfor integrationsområdet. I 2009 var der ved uddelingen specielt fokus på isolerede etniske minoritets kvinder.",
        ),
      ],
      roundGoals: [
        paragraph("At aktiviteterne for 2009 opstartes, samt at der igen uddeles midler for 2010."),
      ],
      status: [
        paragraph(
          "Alle projekter, der modtager mere end 100.000,- kr. udarbejder en samarbejdsaftale med SOF, hvori der indgår mål og metoder for arbejdet i 2009.",
        ),
      ],
    },
    targetGroup: {
      counts: [{ value: 30, unit: "foreninger", perYear: false, approximate: false }],
      ageMin: null,
      ageMax: null,
      sex: "unspecified",
      background: null,
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "paragraf-18-uddeling",
        field: "economy",
        statedText: "1,9 mio. kr. via § 18-midlerne",
        amount: 1_900_000,
        approximate: false,
        period: { kind: "unspecified" },
      },
    ],
    datedStatements: [],
  },
};
