import { bulletList, paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const danskFlygtningehjaelp: Initiative = {
  id: "dansk-flygtningehjaelp",
  name: "Partnerskabsaftale med Dansk Flygtningehjælp",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "b",
      basis: "interpreted",
      excerpt: "skabe højere beskæftigelse",
    },
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "Indsatsen fra de frivilliges skal være kriminalitetsforbyggende",
    },
  ],
  successCriteria: [
    {
      id: "dfh-750-om-aaret",
      text: "At ca. 750 børn, unge og voksne med anden etnisk baggrund, årligt får gavn af aktiviteterne.",
      indicator: {
        id: "dfh-faar-gavn",
        name: "Børn, unge og voksne med anden etnisk baggrund, der får gavn af aktiviteterne",
        definition:
          "Antal børn, unge og voksne med anden etnisk baggrund, der i løbet af året får gavn af aktiviteterne.",
        unit: "personer pr. år",
        direction: "higher_is_better",
        source: "Dansk Flygtningehjælp / Socialforvaltningens evaluering",
        numerator: null,
        denominator: null,
        factor: 1,
        decimals: 0,
      },
      target: {
        value: 750,
        unit: "count",
        comparison: "at_least",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "ca. 750 børn, unge og voksne med anden etnisk baggrund, årligt",
        approximate: true,
        perYear: true,
      },
      measurements: [],
    },
    {
      id: "dfh-30-frivillige",
      text: "At der rekrutteres ca. 30 personer med anden etnisk baggrund som frivillige.",
      indicator: {
        id: "dfh-frivillige-rekrutteret",
        name: "Rekrutterede frivillige med anden etnisk baggrund",
        definition: "Antal personer med anden etnisk baggrund, der er rekrutteret som frivillige.",
        unit: "frivillige",
        direction: "higher_is_better",
        source: "Dansk Flygtningehjælp / Socialforvaltningens evaluering",
        numerator: null,
        denominator: null,
        factor: 1,
        decimals: 0,
      },
      target: {
        value: 30,
        unit: "count",
        comparison: "at_least",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "ca. 30 personer med anden etnisk baggrund som frivillige",
        approximate: true,
        perYear: false,
      },
      measurements: [],
    },
  ],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("1,1 mio. kr. pr. år i 2009 og 2010 samt 950.000 kr. i 2008.")],
      targetGroup: [paragraph("Børn og unge, samt deres familier i almene boligområder.")],
      activities: [
        paragraph(
          "Dansk Flygtningehjælp vil med ansættelse af frivillighedskonsulenter (1 fuldtidskonsulent og 2 halvtidskonsulenter) øge antallet af aktiviteter drevet af frivillige i udsatte boligområder. Aktiviteterne består konkret af:",
        ),
        bulletList(
          "Lektiehjælp",
          "Mentorskaber og andre 1-1-tilbud.",
          "Foreningsguidning",
          "Sociale aktiviteter i forbindelse med øvrige aktiviteter i boligområderne.",
          "Pige- og drengeklubber",
          "Sprogcafe",
          "Hverdagsrådgivning",
        ),
        paragraph(
          "Dansk Flygtningehjælp vil bl.a. inddrage flere personer med anden etnisk baggrund i deres netværk af frivillige. Dette har to formål. For det første skabes der en øget integration af de personer som bliver frivillige, og for det andet kan disse personer blive ”brobyggere” til de unge med anden etnisk herkomst, som ikke tidligere har benyttet sig af de tilbud som de frivillige tilbyder.",
        ),
        paragraph(
          "Det er også en vigtig målsætning at arbejde med fastholdelse af de frivillige og højnelse af kvaliteten og stabiliteten i deres arbejde, bl.a. igennem individuel kompetenceudvikling og netværksdannelse imellem frivilligrupperne.",
        ),
      ],
      objective: [
        paragraph(
          "At ca. 750 børn, unge og voksne med anden etnisk baggrund, årligt får gavn af aktiviteterne.",
        ),
        paragraph("At der rekrutteres ca. 30 personer med anden etnisk baggrund som frivillige."),
      ],
      contribution: [
        paragraph(
          "Indsatsen fra de frivilliges skal være kriminalitetsforbyggende, få flere unge i uddannelse, skabe højere beskæftigelse, sikre et bedre lokal miljø og højere tryghed i de udsatte boligområder, samt styrke lokal deltagelse i foreningslivet.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "I kontrakten med Dansk Flygtningehjælp er det aftalt, at Partnerskabsaftalen evalueres. Evalueringen varetages af Socialforvaltningen.",
        ),
      ],
      status: [
        paragraph(
          "Etableringen af nye frivilligrupper går planmæssigt (tre nye lektiehjælpsgrupper, en pigeclub og en drengeklub indtil videre), rekrutteringen nye frivillige er generet gået godt, og stort set alle frivilligrupper er velfungerende. I forhold til rekrutteringen af etnisk minoritetsbaggrund arbejdes der bl.a. igennem samarbejder med Rigshospitalet, Foreningen Nydansker og Muslimer i Dialog.",
        ),
        paragraph(
          "Der er udviklet og afholdt en række nye kurser med henblik på at styrke fastholdelsen og ejerskabet blandt de frivillige samt lysten/evnen til at udvikle aktiviteterne, og to nye netværk - Flygtningehjælpens KøbenhavnsNetværk og Dansk Flygtningehjælps Ungenetværk - er etableret med henblik på at skabe mere sammenhæng i indsatsen og gensidigt kendskab frivilligrupperne imellem.",
        ),
        paragraph(
          "Særligt på foreningsguideområdet er der desuden blevet udviklet nye og mere effektive modeller for samarbejdet imellem den lokale boligsociale indsats og de frivillige kræfter.",
        ),
        paragraph(
          "Antallet af igangsatte mentorskaber øges nogenlunde planmæssigt, og projekt Karrierebiblioteket (et samarbejde med Københavns Bibliotek) er blevet indarbejdet som en del af mentor-skab-indsatsen.",
        ),
      ],
    },
    targetGroup: { counts: [], ageMin: null, ageMax: null, sex: "unspecified", background: null },
    amountLines: [
      {
        kind: "initiative_total",
        id: "dfh-2009-2010",
        field: "economy",
        statedText: "1,1 mio. kr. pr. år i 2009 og 2010",
        amount: 1_100_000,
        approximate: false,
        period: { kind: "years", years: [2009, 2010] },
      },
      {
        kind: "initiative_total",
        id: "dfh-2008",
        field: "economy",
        statedText: "950.000 kr. i 2008",
        amount: 950_000,
        approximate: false,
        period: { kind: "years", years: [2008] },
      },
    ],
    datedStatements: [],
  },
};
