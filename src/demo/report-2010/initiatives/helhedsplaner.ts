import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const helhedsplaner: Initiative = {
  id: "helhedsplaner",
  name: "Helhedsplaner",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [],
  successCriteria: [],
  statusReport: {
    kind: "beyond_goals",
    fields: {
      economy: [
        paragraph(
          "Landsbyggefonden finansierer 75 % af budgetterne i helhedsplaner. De resterende 25 % tilvejebringes som medfinansiering fra f.eks. boligselskaberne og kommunens forvaltninger. Medfinansieringen kan bestå af kroner og øre eller af arbejdstimer lagt i arbejdet med implementeringen af helhedsplanerne. Det samlede budget for alle 34 helhedsplaner inkl. medfinansieringen fra Københavns Kommune og boligorganisationer er for 2009 og 2010* på gennemsnitligt ca. 63 mio. kr. årligt. (Da helhedsplanerne løber i forskellige perioder, mellem 2 til 5 år er det gennemsnitlige årlige budget for 2009 og 2010 forbundet med en vis usikkerhed.)",
        ),
      ],
      targetGroup: [
        paragraph(
          "Målgrupperne for helhedsplanerne er beboerne i de almene boligområder. En stor del af aktiviteterne er målrette børn og unge og deres familier samt etniske minoriteter. Der er i helhedsplanområderne en overrepræsentation af beboere med anden etnisk herkomst end dansk.",
        ),
        paragraph(
          "De almene boligområder er fordelt over hele byen. Amager og Nørrebro er dog kendetegnet ved den største koncentration af helhedsplaner efterfulgt af Valby.",
        ),
        paragraph(
          "Helhedsplanerne er målrettet almene boligafdelinger, hvor der er en koncentration af beboere med sociale problemer af forskellige art. En del af områderne er defineret som udsatte eller højrisiko områder.",
        ),
      ],
      activity: [
        paragraph(
          "En stor del af indsatserne under helhedsplanerne er kriminalitetsforebyggende indsatser rettet mod udsatte børn og unge, som f.eks. opsøgende arbejde og formidling af kontakt til eksisterende indsatser som klubber og lign. Derudover er der aktiviteter i helhedsplanerne som er integrationsfremmende, såsom rollemodelprojekterne eller beskæftigelsestiltag for personer med anden etnisk herkomst end dansk .",
        ),
      ],
      roundGoals: [
        paragraph(
          "De konkrete mål varierer fra helhedsplan til helhedsplan. Helhedsplanerne bidrager til at fremme det langsigtede kriminalitetsforebyggende arbejde i de almene boligområder ved at tage fat i de unge, dér hvor de bor og opholder sig.",
        ),
        paragraph(
          "Der arbejdes for at helhedsplanerne i så stort omfang som muligt koordineres med eksisterende kommunale indsatser i lokalområderne – herunder f.eks. klubber og jobcentre.",
        ),
      ],
      status: [
        paragraph(
          "Det Tværkommunale Team for områdebaserede indsatser følger årligt op på fremdriften i helhedsplanerne samt indsamler viden om metoder i enkelte af helhedsplanernes aktiviteter. Der gennemføres ikke statistiske opgørelser i forhold til målopfyldelsen samlet for alle helhedsplanerne.",
        ),
        paragraph(
          "Kommunens helhedsplaner vil blive omfattet af Landsbyggefondens landsdækkende evaluering, der udføres af SFI og Rambøll. Evalueringen løber frem til 2016. Evalueringen vil både være en procesevaluering og en effektevaluering af puljen.",
        ),
        paragraph(
          "Størstedelen af helhedsplanerne er iværksat i 2008. Der er dog enkelte helhedsplaner som først iværksættes i løbet af 2009. Der har grundet sene endelige tilsagn fra Landsbyggefonden været forsinket opstart i flere helhedsplaner. I 2011 forventes to yderligere helhedsplaner igangsat, der har fået midler i Landbyggefondens 2010-ansøgningsrunde.",
        ),
      ],
    },
    targetGroup: { counts: [], ageMin: null, ageMax: null, sex: "unspecified", background: null },
    amountLines: [
      {
        kind: "average",
        id: "helhedsplaner-gennemsnit",
        field: "economy",
        statedText: "gennemsnitligt ca. 63 mio. kr. årligt",
        amount: 63_000_000,
        approximate: true,
        period: { kind: "years", years: [2009, 2010] },
      },
    ],
    datedStatements: [
      {
        id: "helhedsplaner-iverksat-2008",
        kind: "done",
        period: { kind: "year", year: 2008 },
        excerpt: "Størstedelen af helhedsplanerne er iværksat i 2008.",
      },
      {
        // Future tense about 2009 in a report of March 2010: probably carried over from the 2009 report.
        id: "helhedsplaner-iverksaettes-2009",
        kind: "expected",
        period: { kind: "year", year: 2009 },
        excerpt: "Der er dog enkelte helhedsplaner som først iværksættes i løbet af 2009.",
      },
      {
        id: "helhedsplaner-2011",
        kind: "expected",
        period: { kind: "year", year: 2011 },
        excerpt: "I 2011 forventes to yderligere helhedsplaner igangsat",
      },
      {
        id: "helhedsplaner-evaluering-2016",
        kind: "expected",
        period: { kind: "year", year: 2016 },
        excerpt: "Evalueringen løber frem til 2016.",
      },
    ],
  },
};
