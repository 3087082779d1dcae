import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";
import { shareOutsideLabourMarket } from "../goals.ts";

export const udlejningsaftalen: Initiative = {
  id: "udlejningsaftalen",
  name: "Aftalen med de almene boligorganisationer om nye udlejningsmodeller",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "a",
      basis: "explicit",
      excerpt: "målene om, at der ikke må komme nye udsatte områder i Københavns Kommune",
    },
    {
      goalCode: "b",
      basis: "explicit",
      excerpt: "andelen af personer udenfor arbejdsmarkedet skal falde med 10 procentpoint i aftaleperioden",
    },
  ],
  successCriteria: [
    {
      id: "udlejning-10-procentpoint",
      text: "andelen af personer udenfor arbejdsmarkedet skal falde med 10 procentpoint i aftaleperioden",
      indicator: shareOutsideLabourMarket,
      target: {
        value: 10,
        unit: "percentage_points",
        comparison: "reduce_by",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "falde med 10 procentpoint i aftaleperioden",
        approximate: false,
        perYear: false,
      },
      measurements: [],
    },
  ],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("6,0 mio. pr. år årligt")],
      targetGroup: [
        paragraph(
          "En decideret målgruppe kan ikke udpeges. Målet er at forbedre beboersammensætningen i de almene boligområder, hvilket vil være til gavn for såvel nuværende som kommende beboere",
        ),
      ],
      activities: [
        paragraph(
          "Kombineret udlejning (Godkendelse af personer, som ønsker at flytte ind i en almen bolig i udsat område. Personer/husstande, der har modtaget kontanthjælp, starthjælp eller introduktionsydelse i mere end de seneste seks måneder i træk afvises, og tilbydes i stedet en erstatningsbolig i et ikke-udsat område).",
        ),
        paragraph(
          "Fleksibel udlejning (Fortrinsret for personer i arbejde, studerende, alderspensionister og personer som er skilt eller har ophævet samlivet indenfor det seneste år til en del af de ledige almene boliger).",
        ),
        paragraph(
          "Flyttetilskud (Mulighed for et tilskud på 15.000 kr. for husstande, der lever af overførselsindkomst, som fraflytter udsatte områder og tilflytte en ny bolig i Københavns Kommune).",
        ),
        paragraph(
          "Oprettelse af særboliger (I perioden 2007-11 skal der oprettes 500 nye særboliger med 100 % kommunal anvisning).",
        ),
        paragraph(
          "Ansættelse af 10 boligrådgivere (i 2007 blev der ansat 10 nye boligrådgivere, som blandt andet skal tilknyttes de nye særboliger og bidrage til udsatte gruppers fastholdelse i almene boliger).",
        ),
        paragraph(
          "Imageforbedring og evaluering (Som led i aftalen om nye udlejningsformer blev der afsat 1 mio. i 2007 og ½ mio. i årene fremover til imageforbedring i de udsatte områder og evaluering af hele aftalen).",
        ),
      ],
      objective: [
        paragraph(
          "Indsatserne bidrager til at understøtte målene om, at der ikke må komme nye udsatte områder i Københavns Kommune, og om at andelen af personer udenfor arbejdsmarkedet skal falde med 10 procentpoint i aftaleperioden.",
        ),
      ],
      contribution: [
        paragraph(
          "Kombineret udlejning sikrer, at der ikke sker en fortsat koncentration af personer, der modtager kontanthjælp i udsatte områder. Fleksibel udlejning er gradueret efter hvor mange personer, der i det konkrete område står udenfor arbejdsmarkedet med det formål at forebygge at tilflytning betyder, at områder udvikler sig til nye udsatte områder. Flyttetilskud bidrager til at modtagere af overførselsindkomst økonomisk får mulighed for at flytte til andre områder. Særboliger og nye boligrådgivere understøtter at ordningerne ikke får social slagside, idet de sikrer, at der fortsat er et stabilt antal boliger til rådighed for boligsocial anvisning, og at der gøres en særlig indsats for de svageste grupper, så de kan fastholdes i almen bolig. Imageforbedring sikrer, at der fortsat er ressourcestærke ansøgere til boliger i udsatte områder.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Aftalen evalueres en gang årligt af de involverede forvaltninger (SOF, TMF og BIF). Der er gennemført evalueringer for 2007 og 2008, som er fremlagt for BR. Den kommende evaluering for 2009 forventes fremlagt efter sommerferien 2010. Samtidig indberettes der to gange årligt til integrationsbarometeret..",
        ),
      ],
      status: [
        paragraph(
          "Socialministeriet er gået fra at udpege udsatte områder til at udpege ”områder, hvor kombineret udlejning kan benyttes” og har samtidig nedsat grænserne for, hvornår et område er omfattet af ordningen. Det har betydet, at man i Københavns Kommune er gået fra 2 udsatte områder (Tingbjerg/Utterslevhuse og Mjølnerparken) til at have 6 områder, hvor kombineret udlejning kan benyttes (Tingbjerg/Utterslevhuse, Mjølnerparken, Akacieparken, Lundtoftegade, Aldersrogade/Vognvænget og Bispeparken). Da antallet af områder løbende har været faldende i aftaleperioden, og stigningen i omfattede områder alene skyldes ministeriets justering, hvor definitionen på et udpeget område nu svarer til Københavns Kommunes definition på et højrisiko-område eller 40+ område, så må målopfyldelsen fortsat vurderes som høj. En endelig fastsættelse af om der er ”udsatte områder” i Københavns Kommune må afvente den endelige evaluering.",
        ),
        paragraph(
          "Andelen af personer udenfor arbejdsmarkedet i de tidligere udsatte områder er i perioden 2006-2008 faldet med 5,9 procentpoint i Tingbjerg/Utterslevhuse og med 8,3 procentpoint i de øvrige udsatte områder, hvorfor målopfyldelsen også på dette område har været høj.",
        ),
      ],
    },
    targetGroup: { counts: [], ageMin: null, ageMax: null, sex: "unspecified", background: null },
    amountLines: [
      {
        kind: "initiative_total",
        id: "udlejning-aarligt",
        field: "economy",
        statedText: "6,0 mio. pr. år årligt",
        amount: 6_000_000,
        approximate: false,
        period: { kind: "every_year" },
      },
      {
        kind: "component",
        id: "udlejning-image-2007",
        field: "activities",
        label: "Imageforbedring og evaluering",
        statedText: "1 mio. i 2007",
        amount: 1_000_000,
        approximate: false,
        period: { kind: "years", years: [2007] },
      },
      {
        kind: "component",
        id: "udlejning-image-aarligt",
        field: "activities",
        label: "Imageforbedring og evaluering",
        statedText: "½ mio. i årene fremover",
        amount: 500_000,
        approximate: false,
        period: { kind: "every_year" },
      },
    ],
    datedStatements: [
      {
        id: "udlejning-evaluering-2009",
        kind: "expected",
        period: { kind: "half_year", year: 2010, half: 2 },
        excerpt: "Den kommende evaluering for 2009 forventes fremlagt efter sommerferien 2010.",
      },
    ],
  },
};
