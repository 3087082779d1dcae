import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const socialraadgiverePaaSkolerne: Initiative = {
  id: "socialraadgivere-paa-skolerne",
  name: "Socialrådgivere på Skolerne",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "Herudover evalueres projektet gennem effektevalueringen af Sikker By i 2010.",
    },
  ],
  successCriteria: [
    {
      id: "srs-bekymrende-fravaer",
      text: "Antallet af elever med ulovligt bekymrende fravær er faldet fra 3,0 % til 1,7 %, hvilket svarer til en forbedring på 1,3 % point.",
      indicator: {
        id: "srs-ulovligt-bekymrende-fravaer",
        name: "Elever med ulovligt bekymrende fravær",
        definition: "Andel elever med ulovligt bekymrende fravær på de 29 skoler med skolesocialrådgiver.",
        unit: "%",
        direction: "lower_is_better",
        source: "Socialforvaltningens slutevaluering, januar 2010",
        numerator: "Elever med ulovligt bekymrende fravær på de 29 skoler",
        denominator: "Alle elever på de 29 skoler",
        factor: 100,
        decimals: 1,
      },
      target: null,
      measurements: [
        {
          id: "srs-fravaer-foer",
          period: null,
          value: 3.0,
          statedText: "3,0 %",
          approximate: false,
          source: "Socialforvaltningens slutevaluering, januar 2010",
          date: null,
          note: "Før ordningen; teksten siger ikke hvilket år",
        },
        {
          id: "srs-fravaer-slut",
          period: { kind: "month", year: 2010, month: 1 },
          value: 1.7,
          statedText: "1,7 %",
          approximate: false,
          source: "Socialforvaltningens slutevaluering, januar 2010",
          date: null,
        },
      ],
    },
  ],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("Der er i 2010 afsat 6.9 mio. kr.")],
      targetGroup: [paragraph("Børn og unge i faldende trivsel på 29 udsatte skoler i Københavns Kommune")],
      activities: [
        paragraph(
          "Projekt Socialrådgivere på Skolerne har tidlig indsats i forhold til børn og unge i faldende trivsel som omdrejningspunkt. Formålet er, at børn og unges vanskeligheder forebygges så tidligt som muligt, således at de fastholdes og inkluderes i almenlivets skoler frem for at de tilbydes indsatser i specialsystemet. Skolesocialrådgiverne tilbyder rådgivning til lærere vedr. bekymringer omkring et barn og samarbejde med Socialforvaltningen, videreformidling til andre tilbud i kommunen såvel som rådgivning og vejledning til børn, unge og forældre, der henvender sig.",
        ),
      ],
      objective: [
        paragraph("At forebygge, at vanskeligheder hos børn og unge i faldende trivsel, udvikler sig."),
      ],
      contribution: [
        paragraph(
          "Socialrådgivere på skolerne har dagligt kontakt med børn og unge af etnisk minoritetsbaggrund med det formål at fremme inklusion og fastholdelse i almen skolesystemet.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Der er foretaget en halvvejsevaluering november 2008 og en slutevaluering januar 2010. Begge evalueringer er foretaget af Socialforvaltningen. Herudover evalueres projektet gennem effektevalueringen af Sikker By i 2010.",
        ),
      ],
      status: [
        paragraph(
          "Slutevalueringen viser, at 90 % af skolelederne, områdecheferne og skolesocialrådgiverne samt 87 % af skolemedarbejderne vurderer, at ordningen giver bedre muligheder for at forebygge, at elevers vanskeligheder udvikler sig, således at de ikke udskilles fra almensystemet. 89 % af skoleledere, områdechefer, skolesocialrådgivere og medarbejdere på skolerne og i børnefamilieenhederne ønsker, at skolesocialrådgiverordningen gøres permanent. Størstedelen af de henvendelser skolesocialrådgiverne får omhandler elevfravær. I de år, hvor der har været socialrådgivere tilknyttet de 29 skoler, er der sket en positiv udvikling i skolernes fraværsprocent. Antallet af elever med ulovligt bekymrende fravær er faldet fra 3,0 % til 1,7 %, hvilket svarer til en forbedring på 1,3 % point. De resterende skolers fraværsprocent er ligeledes faldet, men ikke i samme grad.",
        ),
      ],
    },
    targetGroup: {
      counts: [{ value: 29, unit: "udsatte skoler", perYear: false, approximate: false }],
      ageMin: null,
      ageMax: null,
      sex: "unspecified",
      background: null,
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "srs-2010",
        field: "economy",
        statedText: "6.9 mio. kr.",
        amount: 6_900_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
    ],
    datedStatements: [
      {
        id: "srs-halvvejsevaluering",
        kind: "done",
        period: { kind: "month", year: 2008, month: 11 },
        excerpt: "Der er foretaget en halvvejsevaluering november 2008",
      },
      {
        id: "srs-slutevaluering",
        kind: "done",
        period: { kind: "month", year: 2010, month: 1 },
        excerpt: "en slutevaluering januar 2010",
      },
      {
        id: "srs-sikker-by",
        kind: "expected",
        period: { kind: "year", year: 2010 },
        excerpt: "Herudover evalueres projektet gennem effektevalueringen af Sikker By i 2010.",
      },
    ],
  },
};
