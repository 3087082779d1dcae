import { dashList, paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const bydelsmoedre: Initiative = {
  id: "bydelsmoedre",
  name: "Projekt Bydelsmødre",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "b",
      basis: "interpreted",
      excerpt:
        "Det forventes endvidere, at bydelsmødrenes beskæftigelse er styrket gennem deltagelse i projektet.",
    },
  ],
  successCriteria: [
    {
      id: "bydelsmoedre-100-familier",
      text: "Projektet har som mål, at det har været i kontakt med 100 udsatte familier pr. 30.6.2010.",
      indicator: {
        id: "bydelsmoedre-familier-i-kontakt",
        name: "Udsatte familier, projektet har været i kontakt med",
        definition: "Antal udsatte familier, Projekt Bydelsmødre har været i kontakt med siden projektstart.",
        unit: "familier",
        direction: "higher_is_better",
        source: "Projekt Bydelsmødre",
        numerator: null,
        denominator: null,
        factor: 1,
        decimals: 0,
      },
      target: {
        value: 100,
        unit: "count",
        comparison: "at_least",
        baseline: null,
        deadline: "2010-06-30",
        statedUnitText: "100 udsatte familier pr. 30.6.2010",
        approximate: false,
        perYear: false,
      },
      measurements: [],
    },
    {
      id: "bydelsmoedre-viden-80",
      text: "at 80 % af de besøgte kvinder oplyser, at de har fået mere viden om de kommunale tilbud",
      indicator: {
        id: "bydelsmoedre-mere-viden",
        name: "Besøgte kvinder med mere viden om de kommunale tilbud",
        definition:
          "Andel af de besøgte kvinder, der oplyser, at de har fået mere viden om de kommunale tilbud.",
        unit: "%",
        direction: "higher_is_better",
        source: "Projekt Bydelsmødre, afsluttende evaluering",
        numerator: "Besøgte kvinder, der oplyser at have fået mere viden om de kommunale tilbud",
        denominator: "Besøgte kvinder",
        factor: 100,
        decimals: 0,
      },
      target: {
        value: 80,
        unit: "percent",
        comparison: "at_least",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "80 % af de besøgte kvinder",
        approximate: false,
        perYear: false,
      },
      measurements: [],
    },
    {
      id: "bydelsmoedre-isolation-60",
      text: "at 60 % af de besøgte kvinder, som oplever sig selv som er socialt isolerede, oplever at de ikke længere er socialt isolerede.",
      indicator: {
        id: "bydelsmoedre-ikke-laengere-isolerede",
        name: "Isolerede kvinder, der ikke længere oplever sig isolerede",
        definition:
          "Andel af de besøgte kvinder, der oplevede sig socialt isolerede, som oplever, at de ikke længere er socialt isolerede.",
        unit: "%",
        direction: "higher_is_better",
        source: "Projekt Bydelsmødre, afsluttende evaluering",
        numerator: "Besøgte kvinder, der oplevede sig isolerede og ikke længere gør det",
        denominator: "Besøgte kvinder, der oplevede sig socialt isolerede",
        factor: 100,
        decimals: 0,
      },
      target: {
        value: 60,
        unit: "percent",
        comparison: "at_least",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "60 % af de besøgte kvinder, som oplever sig selv som er socialt isolerede",
        approximate: false,
        perYear: false,
      },
      measurements: [],
    },
    {
      id: "bydelsmoedre-samtaler",
      text: "Bydelsmødrene havde pr. 1. oktober 2009 gennemført ca. 180 200 samtaler med kvinder i området.",
      indicator: {
        id: "bydelsmoedre-samtaler",
        name: "Samtaler med kvinder i området",
        definition: "Antal samtaler, bydelsmødrene har gennemført med kvinder i området siden projektstart.",
        unit: "samtaler",
        direction: "higher_is_better",
        source: "Projekt Bydelsmødre",
        numerator: null,
        denominator: null,
        factor: 1,
        decimals: 0,
      },
      target: null,
      measurements: [
        {
          id: "bydelsmoedre-samtaler-2009-10-01",
          period: { kind: "date", date: "2009-10-01" },
          // "ca. 180 200": two numbers (a correction left in?); the value is not set until it is clarified.
          value: null,
          statedText: "ca. 180 200",
          approximate: true,
          source: "Projekt Bydelsmødre",
          date: "2009-10-01",
        },
      ],
    },
  ],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [
        paragraph(
          "Der er bevilliget i alt 2,37 mill kr. til projektet i perioden 1.11.2008 – 31.12.2010, heraf 1,37 mill. kr. fra Beskæftigelses- og Integrationsforvaltningen og 1 mill. kr. fra Integrationsministeriet. Projektet udløber i 2010.",
        ),
      ],
      targetGroup: [paragraph("Socialt isolerede kvinder indenfor aldersgruppen 16-50 år.")],
      activities: [
        paragraph(
          "Bydelsmødrene gennemfører et forberedende kompetencegivende uddannelsesforløb på CBSI (Center for Beskæftigelse, Integration, og Sprog) og kompetenceudvikles herefter løbende.",
        ),
        paragraph(
          "Projektet har uddannet 9 bydelsmødre med anden etnisk baggrund til at opsøge de mest isolerede og udsatte kvinder i Akacieparken og på Bispebjerg. Samtidig har projektet tilknyttet 10 kommunale kvindeambassadører. Deres formål er at være brobygger til de kommunale tilbud, samt at styrke kendskabet til de isolerede og udsatte kvinders møde med det kommunale system.",
        ),
        paragraph(
          "Bydelsmødrene opsøger og rådgiver kvinderne i deres eget hjem eller har individuelle samtaler med dem i lokaler i lokalområdet. Bydelsmødrene hjælper kvinderne med at tage kontakt til det offentlige system hvis de har behov for det, og støtter dem i at blive integreret i eksisterende netværk i lokalområdet.",
        ),
        paragraph(
          "Projektet samarbejder med institutioner og andre kommunale aktører i områderne, bl.a. om moder-caféer på Holbergskolen.",
        ),
        paragraph(
          "Projektet har i det sidste år, genereret viden om isolerede og udsatte kvinders oplevelser af at leve i Danmark og ikke mindst deres møde med det kommunale system. Projektet arbejder derfor målrettet for at medvirke til at kvindernes møde med systemet bliver mere effektivt og mindre konfliktfyldt. Projektet har derfor afholdt en kursusdag for kommunale medarbejdere, som til daglig er i berøring med borgere med anden etnisk baggrund.",
        ),
      ],
      objective: [
        paragraph(
          "Projektet har som mål, at det har været i kontakt med 100 udsatte familier pr. 30.6.2010.",
        ),
        paragraph("Projektet har derudover bl.a. opsat følgende succeskriterier:"),
        dashList(
          "at 80 % af de besøgte kvinder oplyser, at de har fået mere viden om de kommunale tilbud, og",
          "at 60 % af de besøgte kvinder, som oplever sig selv som er socialt isolerede, oplever at de ikke længere er socialt isolerede.",
        ),
        paragraph(
          "Det forventes endvidere, at bydelsmødrenes beskæftigelse er styrket gennem deltagelse i projektet.",
        ),
      ],
      contribution: [
        paragraph(
          "Bydelsmødrene fungerer som brobyggere mellem de udsatte kvinder og de kommunale tilbud, idet bydelsmødrene når de udsatte og isolerede kvinder. Projektet har gjort det lettere for mange kvinder med anden etnisk baggrund at møde systemet.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Der er gennemført en midtvejsevaluering af projektet i februar 2010. I den afsluttende evaluering, som foreligger ultimo september 2010 vil der blive sat fokus på om projektet lever op til sine succeskriterier, herunder til de forventede effekter af indsatsen.",
        ),
      ],
      status: [
        paragraph(
          "Bydelsmødrene havde pr. 1. oktober 2009 gennemført ca. 180 200 samtaler med kvinder i området. Hvad angår de socialt isolerede kvinder, er det især lykkedes at nå de kvinder, som modtager offentlig hjælp som kontanthjælp mv. og dermed hjælpe dem videre. Der er i mindre grad nået ud til de kvinder, som er helt uden for det offentlige system. Dette arbejdes der på.",
        ),
        paragraph(
          "Projektet har positive erfaringer med forskellige metoder til at nå ud til gruppen, herunder især ved brug af egne netværk og mund til mund metoden, samt synliggørelse ved deltagelse i forskellige arrangementer i lokalområdet m.v.",
        ),
        paragraph(
          "Derudover er der også personlig udbytte for bydelsmødrene, ved at de opnår kompetencer. To af bydelsmødrene har fået fuldtidsarbejde efter deltagelse i projektet.",
        ),
      ],
    },
    targetGroup: { counts: [], ageMin: 16, ageMax: 50, sex: "female", background: null },
    amountLines: [
      {
        kind: "initiative_total",
        id: "bydelsmoedre-bevilling",
        field: "economy",
        statedText: "2,37 mill kr.",
        amount: 2_370_000,
        approximate: false,
        period: { kind: "span", from: "2008-11-01", to: "2010-12-31" },
      },
    ],
    datedStatements: [
      {
        id: "bydelsmoedre-midtvejsevaluering",
        kind: "done",
        period: { kind: "month", year: 2010, month: 2 },
        excerpt: "Der er gennemført en midtvejsevaluering af projektet i februar 2010.",
      },
      {
        id: "bydelsmoedre-afsluttende-evaluering",
        kind: "expected",
        period: { kind: "month", year: 2010, month: 9 },
        excerpt: "I den afsluttende evaluering, som foreligger ultimo september 2010",
      },
    ],
  },
};
