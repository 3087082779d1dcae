import type { GoalAssessment } from "../../domain/policy/goals/goal-assessment.ts";
import { paragraph } from "../../domain/policy/goals/rich-text.ts";
import { movingPattern2006to2008 } from "./evaluation-table.ts";

/**
 * Section 1 of the report, verbatim. `status` is udsyn's reading of the committee's own words,
 * quoted in `statusBasis`.
 */
export const assessmentA: GoalAssessment = {
  goalCode: "a",
  heading: "Ad a. Der må ikke komme nye udsatte boligområder i Københavns Kommune.",
  status: "on_track",
  statusBasis:
    "På baggrund af det hidtidige forløb er der baggrund for at formode, at det fortsat kan lykkes at få områder af ministeriets liste indenfor løbetiden af aftalen med boligorganisationerne om kombineret og fleksibel udlejning i udsatte områder.",
  body: [
    paragraph(
      "Socialforvaltningens indsats for at undgå yderligere udsatte områder i Københavns Kommune består i administration af ordningen kombineret udlejning. Kombineret udlejning er en godkendelsesordning, hvor kommunen afviser personer fra en bolig i de udpegede områder, hvis de i mere end de seneste seks måneder i træk har modtaget kontanthjælp, starthjælp eller introduktionsydelse. Afviste, øverst på ventelisten, som var opskrevet før ordningen trådte i kraft, får tilbud om erstatningsbolig fra kommunen.",
    ),
    paragraph(
      "Frem til 1. januar 2010 kunne ordningen alene indføres i såkaldt udsatte områder, som blev udpeget af Socialministeriet. Efter den oprindelige opgørelsesmetode over udsatte boligområder, var antallet i 2009 reduceret til to, ligesom der har været en gunstig udvikling i beboersammensætningen i disse områder, jf. næste afsnit.",
    ),
    paragraph(
      "Såfremt man i Københavns Kommune følger den oprindelige definition på udsatte områder, vil der formentlig fortsat alene være højst to områder. Det er imidlertid vanskeligt at redegøre præcist for opfyldelsen på dette mål i integrationspolitikken. Dette skyldes, at Socialministeriet den 21. december 2009 offentliggjorte en liste over områder, hvor kombineret udlejning kan benyttes, men ministeriet benytter ikke længere begrebet ”udsat område” om disse områder, fordi ministeriet samtidig har ændret beregningen af, hvornår der kan benyttes kombineret udlejning i et område.",
    ),
    paragraph(
      "Ændringen består i, at mindre områder (med 1000 beboere frem for tidligere krav om 1200 beboere) nu kan udpeges til områder, hvor der må benyttes kombineret udlejning. Samtidig er man gået fra, at mindst en boligafdeling i et område skal have mere end 50 % voksne beboere udenfor arbejdsmarkedet til, at der nu kun skal være mere end 40 % voksne beboere udenfor arbejdsmarkedet. Sagt med andre ord har Socialministeriet justeret muligheden for at indføre kombineret udlejning fra kun at omfatte udsatte områder til også at omfatte, hvad Københavns Kommune har defineret som højrisikoområder eller 40+ områder.",
    ),
    paragraph(
      "Ændringen betyder, at Københavns Kommune nu har seks boligområder på listen (Tingbjerg/Utterslevhuse, Mjølnerparken, Akacieparken, Lundtoftegade, Aldersrogade/Vognvænget og som nyt område Bispeparken), hvor kommunen før 1. januar 2010 kun havde to udsatte områder (Tingbjerg/Utterslevhuse og Mjølnerparken). Der er altså sket en stigning i antallet af områder på listen som følge af Socialministeriets ændringer i beregningsmetoden (som er uden for kommunens kontrol) – men udviklingen har reelt været positiv i områderne.",
    ),
    paragraph(
      "At grænseværdierne for områder, hvor der kan benyttes kombineret udlejning, er flyttet, betyder ikke, at indsatserne har været fejlslagne. Forvaltningen indstiller derfor at succeskriteriet og indsatsen fastholdes. På baggrund af det hidtidige forløb er der baggrund for at formode, at det fortsat kan lykkes at få områder af ministeriets liste indenfor løbetiden af aftalen med boligorganisationerne om kombineret og fleksibel udlejning i udsatte områder.",
    ),
  ],
  evidence: [
    {
      kind: "measurement",
      id: "a-ev-2009",
      indicatorId: "a-omraader-paa-listen",
      measurementId: "a-2009-gamle-kriterier",
    },
    {
      kind: "measurement",
      id: "a-ev-2010",
      indicatorId: "a-omraader-paa-listen",
      measurementId: "a-liste-21-12-2009",
    },
  ],
  caveats: [
    {
      kind: "rule_change",
      text: "Dette skyldes, at Socialministeriet den 21. december 2009 offentliggjorte en liste over områder, hvor kombineret udlejning kan benyttes, men ministeriet benytter ikke længere begrebet ”udsat område” om disse områder, fordi ministeriet samtidig har ændret beregningen af, hvornår der kan benyttes kombineret udlejning i et område.",
    },
  ],
  recommendation: "keep",
  recommendationText: "Forvaltningen indstiller derfor at succeskriteriet og indsatsen fastholdes.",
  datedStatements: [],
};

export const assessmentB: GoalAssessment = {
  goalCode: "b",
  heading:
    "Ad b. Andelen af personer uden tilknytning til arbejdsmarkedet i de udsatte boligområder skal reduceres med 10 % frem til år 2010.",
  status: "on_track",
  statusBasis:
    "På baggrund af det hidtidige forløb, og på baggrund af at alene to års indsats er evalueret på nuværende tidspunkt, er målet indenfor rækkevidde.",
  body: [
    paragraph(
      "Socialforvaltningen, Teknik- og Miljøforvaltningen og Beskæftigelses- og Integrationsforvaltningen laver hvert år en evaluering af aftalen om udlejningsmodeller og ændrede anvisningskriterier mellem kommunen og Boligselskabernes Landsforening, som bl.a. omhandler ordningerne om kombineret udlejning og fleksibel udlejning (ordning, hvor en procentdel af ledige boliger reserveres til personer i arbejde, studerende, alderspensionister og skilsmisseramte). Evalueringen for 2008 viste bl.a. følgende:",
    ),
    { kind: "evidence", evidenceId: "b-ev-tabel" },
    paragraph(
      "Af evalueringen fra 2008 fremgår endvidere, at andelen af overførselsindkomstmodtagere generelt er faldet fra 33,2 % til 29,3 %. Næsten hele faldet knytter sig til de ikke-totaltømte boliger, hvor andelen af overførselsindkomstmodtagere er faldet fra 34,2 % til 29,6 %. Andelen af overførselsindkomstmodtagere i de ikke-totaltømte boliger er faldet mest i de øvrige udsatte områder (7,9 %-point) og i højrisikoområderne (6,2 %-point), mens faldet er mindre i de neutrale områder (3,2 %-point), risikoområderne (4,3 %-point) og i Tingbjerg /Utterslevhuse (4,8 %-point).",
    ),
    paragraph(
      "Andelen af overførselsindkomstmodtagere er i de totaltømte boliger faldet fra 28,8 % til 27,9 % (antallet er dog steget med 64 personer). Der ses tydelige forskelle på beboersammensætningen i totaltømte boliger, afhængig af områdetype. Bl.a. som følge af udlejningsaftalerne er andelen af modtagere af overførselsindkomster i udsatte og højrisikoområder reduceret med 9 - 11 %-point, mens andelen er steget med 3 - 4 %-point i risiko og neutrale områder.",
    ),
    paragraph(
      "Andelen af indflyttere på overførselsindkomst i udsatte og højrisikoområder er markant lavere end den tilsvarende andel blandt fraflytterne og de fastboende. I disse områdetyper er indflytningen altså en medvirkende årsag til den positive udvikling. Dette svarer til den forventede effekt ved suspension af kommunens anvisningsret og en høj andel fleksibel udlejning.",
    ),
    paragraph(
      "I risiko- og neutrale områder er andelen af beboere på overførselsindkomst omvendt højest blandt indflytterne. Dette svarer til den forventede effekt af en øget boligsocial anvisning og en lavere andel fleksibel udlejning. Den positive udvikling i de boliger, der ikke har været totaltømt har imidlertid mere end opvejet den negative effekt af indflytningen i disse områdetyper. Forskellen mellem de mest og de mindst belastede områdetyper (udsatte/højrisiko og neutrale) er dermed blevet mindre.",
    ),
    paragraph(
      "Forvaltningerne modtager de nødvendige data til den kommende evaluering for 2009 den 1. april 2009 og forventer at fremlægge evalueringen i de respektive udvalg efter sommerferien.",
    ),
    paragraph(
      "På baggrund af det hidtidige forløb, og på baggrund af at alene to års indsats er evalueret på nuværende tidspunkt, er målet indenfor rækkevidde. Dog skal det tilføjes, at indsatsen i den evaluerede periode (2007-08) har været understøttet af gunstige konjunkturer.",
    ),
    paragraph(
      "Eftersom forvaltningerne først modtager tal vedrørende 2009 efter 1. april 2010, er det på nuværende tidspunkt ikke muligt at vurdere, hvorvidt finanskrisen har haft en tilsvarende negativ effekt på udviklingen i 2009.",
    ),
    paragraph(
      "Endeligt skal BIF-SOF-strategien nævnes, som et centralt instrument i forhold til at reducere antallet af borgere uden tilknytning til arbejdsmarkedet",
    ),
    paragraph(
      "Det anbefales, at de ambitiøse mål fastholdes, da der på baggrund af de hidtidige tal, ikke er grundlag for at ændre dem.",
    ),
  ],
  evidence: [
    { kind: "moving_pattern_table", id: "b-ev-tabel", table: movingPattern2006to2008 },
    {
      kind: "measurement",
      id: "b-ev-2006",
      indicatorId: "b-andel-overfoerselsindkomst",
      measurementId: "b-overfoersel-2006",
    },
    {
      kind: "measurement",
      id: "b-ev-2008",
      indicatorId: "b-andel-overfoerselsindkomst",
      measurementId: "b-overfoersel-2008",
    },
  ],
  caveats: [
    {
      kind: "economic_cycle",
      text: "Dog skal det tilføjes, at indsatsen i den evaluerede periode (2007-08) har været understøttet af gunstige konjunkturer.",
    },
    {
      kind: "data_not_yet_available",
      text: "Eftersom forvaltningerne først modtager tal vedrørende 2009 efter 1. april 2010, er det på nuværende tidspunkt ikke muligt at vurdere, hvorvidt finanskrisen har haft en tilsvarende negativ effekt på udviklingen i 2009.",
    },
  ],
  recommendation: "keep",
  recommendationText:
    "Det anbefales, at de ambitiøse mål fastholdes, da der på baggrund af de hidtidige tal, ikke er grundlag for at ændre dem.",
  datedStatements: [
    {
      id: "b-data-2009",
      kind: "expected",
      period: { kind: "date", date: "2009-04-01" },
      excerpt:
        "Forvaltningerne modtager de nødvendige data til den kommende evaluering for 2009 den 1. april 2009",
    },
    {
      id: "b-tal-2009",
      kind: "expected",
      period: { kind: "date", date: "2010-04-01" },
      excerpt: "Eftersom forvaltningerne først modtager tal vedrørende 2009 efter 1. april 2010",
    },
  ],
};

export const assessmentC: GoalAssessment = {
  goalCode: "c",
  heading:
    "Ad c. Unge indvandrere har i 2010 en kriminalitetsfrekvens på niveau med andre unge danskere, når der tages højde for den sociale fordeling.",
  status: "not_yet_assessable",
  statusBasis:
    "Det er dog endnu ikke muligt at vurdere, hvorvidt bandekonflikt mv. har haft en negativ indflydelse på udviklingen i 2008 og specielt 2009.",
  body: [
    paragraph(
      "Socialforvaltningens har ikke indsatser, der retter sig specifikt mod etnisk minoritetsunge, men en række af indsatserne med fokus på kriminelle og kriminalitetstruede unge har en overrepræsentation af etnisk minoritetsunge.",
    ),
    paragraph(
      "Socialforvaltningen har et særligt fokus på dette område og siden Socialudvalgets redegørelse for opfyldelsen af målene i integrationspolitikken 2009, er der prioriteret yderligere ressourcer til området og iværksat en række nye initiativer. Socialforvaltningens kriminalitetsforebyggende indsatser kan dog ikke alene påvirke målene i integrationspolitikken, men yder et konstruktivt bidrag hertil.",
    ),
    paragraph(
      "At kriminalitetsfrekvensen for indvandrere og efterkommere i alderen 15-19 år i 2006 til 2007 er faldet er positivt. Det er dog endnu ikke muligt at vurdere, hvorvidt bandekonflikt mv. har haft en negativ indflydelse på udviklingen i 2008 og specielt 2009. I forbindelse med den negative udvikling af sigtelser mod indvandrere og efterkommer under 18 år samt borgeres oplevelse af eks. Tryghed, skal Socialforvaltningen understrege, at disse indikatorer i høj grad påvirkes af ydre faktorer såsom politiets øgede indsats og mediernes dækning af bandekonflikterne i København.",
    ),
    paragraph(
      "Da der pt. er en positiv udvikling, og da Socialforvaltningen og andre forvaltninger har et øget fokus på området, anbefales det, at målene fastholdes. Ved slutmålingen bør der dog tages forbehold for de ydre faktorer, der påvirker de forskellige indikatorer vedr. sigtelser samt oplevelse af tryghed, diskrimination og inklusion. I forbindelse med den endelige måling kunne det være relevant at se på antallet af frafaldne sigtelser i forhold til etnicitet.",
    ),
  ],
  evidence: [
    {
      kind: "statement",
      id: "c-ev-fald-2006-2007",
      text: "At kriminalitetsfrekvensen for indvandrere og efterkommere i alderen 15-19 år i 2006 til 2007 er faldet er positivt.",
    },
  ],
  caveats: [
    {
      kind: "data_not_yet_available",
      text: "Det er dog endnu ikke muligt at vurdere, hvorvidt bandekonflikt mv. har haft en negativ indflydelse på udviklingen i 2008 og specielt 2009.",
    },
    {
      kind: "external_factors",
      text: "Ved slutmålingen bør der dog tages forbehold for de ydre faktorer, der påvirker de forskellige indikatorer vedr. sigtelser samt oplevelse af tryghed, diskrimination og inklusion.",
    },
  ],
  recommendation: "keep",
  recommendationText:
    "Da der pt. er en positiv udvikling, og da Socialforvaltningen og andre forvaltninger har et øget fokus på området, anbefales det, at målene fastholdes.",
  datedStatements: [],
};

export const assessments2010: readonly GoalAssessment[] = [assessmentA, assessmentB, assessmentC];
