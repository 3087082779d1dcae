import { dashList, paragraph } from "../../domain/policy/goals/rich-text.ts";
import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import { assessments2010 } from "./assessments.ts";
import { budget2010 } from "./budget.ts";
import { goals2010 } from "./goals.ts";
import { initiatives2010 } from "./initiatives/index.ts";

/** Socialudvalget's report to BIF of 4 March 2010 (the seed), as one reporting round. */
export const round2010: ReportingRound = {
  id: "sud-2010",
  committeeCode: "SUD",
  requestedByCode: "BIF",
  year: 2010,
  requestDate: "2010-03-04",
  caseNumber: "2010-38835",
  documentNumber: "2010-157797",
  caseworker: "Joy Torpdahl",
  title: "Bilag 1. Socialudvalgets redegørelse for opfyldelsen af målene i integrationspolitikken 2010",
  introduction: [
    paragraph(
      "Beskæftigelses- og Integrationsforvaltningen har bedt Socialudvalget redegøre for opfyldelsen af tre af integrationspolitikkenes mål i 2010, som udvalgets ressortområde bidrager til at opfylde:",
    ),
    dashList(
      "a) Der må ikke komme nye udsatte boligområder i Københavns Kommune.",
      "b) Andelen af personer uden tilknytning til arbejdsmarkedet i de udsatte boligområder skal reduceres med 10 % frem til år 2010.",
      "c) Unge indvandrere har i 2010 en kriminalitetsfrekvens på niveau med andre unge danskere, når der tages højde for den sociale fordeling.",
    ),
  ],
  sectionHeadings: {
    assessments: "1. Vurdering af opfyldelsen af integrationspolitikkenes mål i 2010",
    servingGoals:
      "2. Statusskema for sociale indsatser, der bidrager til at nå målene i integrationspolitikken",
    beyondGoals:
      "3. Statuskema for integrationsindsatser, der ligger ud over integrationspolitikens mål (enkelte indsatser)",
    budget: "4. Økonomisk oversigt for hele udvalgets integrationsindsats",
  },
  assessmentIntroduction: [
    paragraph(
      "Socialudvalget er blevet bedt om at redegørelsen skal tage afsæt i en vurdering af, om det er realistisk at nå integrationspolitikkenes mål i 2010.",
    ),
  ],
  goals: goals2010,
  assessments: assessments2010,
  initiatives: initiatives2010,
  budget: budget2010,
};
