import { dashList, paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const ikc: Initiative = {
  id: "ikc",
  name: "Indvandrere Kvindecenter (IKC)",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [],
  successCriteria: [],
  statusReport: {
    kind: "beyond_goals",
    fields: {
      economy: [paragraph("1,25 mio. kr. i 2010,2011,2012, og 2013")],
      targetGroup: [paragraph("Svagtstillede flygtninge- og indvandrerkvinder,")],
      activity: [
        paragraph("Rådgivningsenheden tilbyder:"),
        dashList(
          "Socialfaglig rådgivning",
          "Juridisk rådgivning",
          "Økonomisk rådgivning",
          "Rådgivning af mere dagligdags art.",
        ),
        paragraph("Værested og aktivitetsenheden:"),
        dashList(
          "Sundhedsfremmende projekter",
          "Motion",
          "Systue",
          "Jobsøgning",
          "Dansk og lektiehjælp",
          "Aften fællesspisning for mor og barn",
          "Torsdags cafe med udefrakommende oplægsholdere og diskussion",
          "Computercafe",
          "Udflugter",
          "Frokost to gange om ugen.",
        ),
      ],
      roundGoals: [
        paragraph(
          "Der foreligger ikke egentlige effektmål. I samarbejde med Socialt Udviklingscenter (SUS) har IKC udarbejdet standarder for målbeskrivelse, proklamationer og evalueringer for kvalitative indsatses som fx fremme af netværk, sundhedsfremme og generel trivsel.",
        ),
      ],
      status: [paragraph("Der foretages status på indsatsen en gang årligt.")],
    },
    targetGroup: {
      counts: [],
      ageMin: null,
      ageMax: null,
      sex: "female",
      background: "Svagtstillede flygtninge- og indvandrerkvinder",
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "ikc-2010-2013",
        field: "economy",
        statedText: "1,25 mio. kr. i 2010,2011,2012, og 2013",
        amount: 1_250_000,
        approximate: false,
        period: { kind: "years", years: [2010, 2011, 2012, 2013] },
      },
    ],
    datedStatements: [],
  },
};
