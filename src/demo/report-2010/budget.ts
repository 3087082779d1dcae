import type {
  BudgetCell,
  BudgetLine,
  BudgetOverview,
  YearCells,
} from "../../domain/policy/budget/budget-overview.ts";

const dash: BudgetCell = { kind: "dash" };
const blank: BudgetCell = { kind: "blank" };

/** A cell printed `x,y mio.`: amount in kroner and the text as printed. */
function mio(amount: number, statedText?: string): BudgetCell {
  return statedText === undefined ? { kind: "amount", amount } : { kind: "amount", amount, statedText };
}

function years(c2009: BudgetCell, c2010: BudgetCell, c2011: BudgetCell, c2012: BudgetCell): YearCells {
  return { "2009": c2009, "2010": c2010, "2011": c2011, "2012": c2012 };
}

function byYear(
  id: string,
  initiativeId: string,
  label: string,
  cells: YearCells,
  statedTotal: number,
  statedText: string,
): BudgetLine {
  return {
    id,
    initiativeId,
    label,
    cells,
    statedTotal: { amount: statedTotal, statedText },
    footnoteMarkers: [],
    distribution: { kind: "by_year" },
    subLines: [],
    fundingSources: [],
  };
}

const zero = mio(0, "0");

/** Section 4 of the report: both tables as printed, stated totals kept as stated. */
export const budget2010: BudgetOverview = {
  heading: "4. Økonomisk oversigt for hele udvalgets integrationsindsats",
  tables: [
    {
      id: "i-relation-til-maal",
      title: "Integrationsindsatser i relation til mål i integrationspolitikken",
      years: [2009, 2010, 2011, 2012],
      lines: [
        {
          id: "bydelsmoedre",
          initiativeId: "bydelsmoedre",
          label: "Bydelsmødre og kommunale kvindeambassadører",
          cells: years(dash, dash, zero, zero),
          statedTotal: { amount: 2_370_000, statedText: "*2,37 mio." },
          footnoteMarkers: ["*"],
          distribution: { kind: "not_distributed" },
          subLines: [],
          fundingSources: [
            {
              kind: "amount",
              funder: "Beskæftigelses- og Integrationsforvaltningen",
              amount: 1_370_000,
              statedText: "1,37 mill. kr. fra Beskæftigelses- og Integrationsforvaltningen",
            },
            {
              kind: "amount",
              funder: "Integrationsministeriet",
              amount: 1_000_000,
              statedText: "1 mill. kr. fra Integrationsministeriet",
            },
          ],
        },
        byYear(
          "dansk-flygtningehjaelp",
          "dansk-flygtningehjaelp",
          "Partnerskabsaftale med Dansk Flygtningehjælp",
          years(mio(1_100_000, "1,1 mio."), mio(1_100_000, "1,1 mio."), zero, zero),
          2_200_000,
          "2,2 mio.",
        ),
        byYear(
          "ssp",
          "ssp",
          "Styrket SSP indsats, herunder SSP+",
          years(mio(1_100_000, "1,1 mio."), mio(1_100_000, "1,1 mio."), zero, zero),
          2_200_000,
          "2,2 mio.",
        ),
        byYear(
          "den-korte-snor",
          "den-korte-snor",
          "Den Korte Snor",
          years(
            mio(9_000_000, "9,0 mio."),
            mio(8_500_000, "8,5 mio."),
            mio(4_200_000, "4,2 mio."),
            mio(4_200_000, "4,2 mio."),
          ),
          25_900_000,
          "25,9 mio.",
        ),
        byYear(
          "den-korte-snor-plus",
          "den-korte-snor-plus",
          "Den Korte Snor +",
          years(dash, mio(3_000_000, "3. mio."), mio(3_000_000, "3. mio."), mio(3_000_000, "3 mio.")),
          9_000_000,
          "9 mio.",
        ),
        byYear(
          "gadeplansindsats",
          "gadeplansindsats",
          "Helhedsorienteret gadeplansindsats",
          years(mio(4_600_000, "4,6 mio."), mio(4_600_000, "4,6 mio."), zero, zero),
          9_200_000,
          "9,2 mio.",
        ),
        byYear(
          "socialraadgivere-paa-skolerne",
          "socialraadgivere-paa-skolerne",
          "Socialrådgivere på skolerne",
          years(mio(6_900_000, "6,9 mio."), mio(6_900_000, "6,9 mio."), zero, zero),
          13_800_000,
          "13,8 mio.",
        ),
        byYear(
          "ressourcecenter-ydre-noerrebro",
          "ressourcecenter-ydre-noerrebro",
          "Ressourcecenter Ydre Nørrebro",
          years(dash, mio(6_700_000, "6,7 mio."), mio(6_700_000, "6,7 mio."), zero),
          13_400_000,
          "13,4 mio.",
        ),
        byYear(
          "gadepulsen",
          "gadepulsen",
          "Gadepulsen",
          years(
            mio(3_400_000, "3,4 mio."),
            mio(3_400_000, "3,4 mio."),
            mio(3_400_000, "3,4 mio."),
            mio(3_400_000, "3,4 mio."),
          ),
          13_600_000,
          "13,6 mio.",
        ),
        {
          ...byYear(
            "vaeresteder",
            "vaeresteder",
            "Væresteder for unge mellem 18 og 23 år",
            years(
              mio(3_600_000, "3,6 mio."),
              mio(10_350_000, "10,35 mio."),
              mio(9_550_000, "9,55 mio."),
              mio(9_550_000, "9,55 mio."),
            ),
            41_000_000,
            "41 mio.",
          ),
          // The overview gives one line; the status schema names the three væresteder. The
          // sub-lines carry no amounts because the overview does not split them.
          subLines: [
            { id: "vaeresteder-kapelvej", label: "Indre Nørrebro Kapelvej", cells: {} },
            { id: "vaeresteder-guldbergsgade", label: "Indre Nørrebro Guldbergsgade", cells: {} },
            {
              id: "vaeresteder-haraldsgadekvarteret",
              label: "Ydre Nørrebro Haraldsgadekvarteret",
              cells: {},
            },
          ],
        },
        byYear(
          "den-flyvende-hollaender",
          "den-flyvende-hollaender",
          "Den Flyvende Hollænder",
          years(
            mio(10_100_000, "10,1 mio."),
            mio(10_100_000, "10,1 mio."),
            mio(10_100_000, "10,1 mio."),
            mio(10_100_000, "10,1 mio."),
          ),
          40_400_000,
          "40,4 mio.",
        ),
        byYear(
          "nexus",
          "nexus",
          "Nexus",
          years(
            mio(23_600_000, "23,6 mio."),
            mio(23_600_000, "23,6 mio."),
            mio(23_600_000, "23,6 mio."),
            mio(23_600_000, "23,6 mio."),
          ),
          94_400_000,
          "94,4 mio.",
        ),
        byYear(
          "udlejningsaftalen",
          "udlejningsaftalen",
          "Aftalen om nye udlejningsmodeller",
          years(
            mio(6_000_000, "6,0 mio."),
            mio(6_000_000, "6,0 mio."),
            mio(6_000_000, "6,0 mio."),
            mio(6_000_000, "6,0 mio."),
          ),
          24_000_000,
          "24,0 mio.",
        ),
      ],
      statedYearTotals: {
        "2009": { amount: 69_400_000, statedText: "69,4" },
        "2010": { amount: 85_350_000, statedText: "85,35" },
        "2011": { amount: 66_550_000, statedText: "66,55" },
        "2012": { amount: 59_850_000, statedText: "59,85" },
      },
      statedGrandTotal: null,
    },
    {
      id: "udover-maal",
      title: "Integrationsindsatser udover mål i integrationspolitikken",
      years: [2009, 2010, 2011, 2012],
      lines: [
        byYear(
          "paragraf-18-midler",
          "paragraf-18-midler",
          "§ 18 midler til integrationsformål",
          years(mio(1_300_000, "1,3 mio."), mio(1_900_000, "1,9 mio."), dash, dash),
          3_200_000,
          "3,2 mio.",
        ),
        byYear(
          "fakti",
          "fakti",
          "FAKTI",
          years(blank, mio(1_250_000, "1,25 mio."), mio(1_250_000, "1,25 mio."), mio(1_250_000, "1,25 mio.")),
          3_750_000,
          "3,75 mio.",
        ),
        byYear(
          "kringlebakken",
          "kringlebakken",
          "Kringlebakken",
          years(blank, mio(1_500_000, "1,5 mio."), mio(1_500_000, "1,5 mio."), mio(1_500_000, "1,5 mio.")),
          4_500_000,
          "4,5 mio.",
        ),
        byYear(
          "ikc",
          "ikc",
          "Indvandrer kvindecenter",
          years(blank, mio(1_250_000, "1,25 mio."), mio(1_250_000, "1,25 mio."), mio(1_250_000, "1,25 mio.")),
          3_750_000,
          "3,75 mio.",
        ),
        {
          id: "helhedsplaner",
          initiativeId: "helhedsplaner",
          label: "Helhedsplaner",
          cells: years(dash, dash, dash, dash),
          statedTotal: { amount: 319_000_000, statedText: "**319,0 mio." },
          footnoteMarkers: ["**"],
          distribution: { kind: "not_distributed" },
          subLines: [],
          fundingSources: [
            {
              kind: "share",
              funder: "Landsbyggefonden",
              share: 0.75,
              statedText: "75 % finansieres af Landsbyggefonden",
            },
            {
              kind: "share",
              funder: "Medfinansiering fra boligselskaberne og kommunens forvaltninger",
              share: 0.25,
              statedText:
                "de resterende 25 % tilvejebringes som medfinansiering fra boligselskaberne og kommunes forvaltninger",
            },
          ],
        },
      ],
      statedYearTotals: {
        "2009": { amount: 1_300_000, statedText: "1.3" },
        "2010": { amount: 5_900_000, statedText: "5.9" },
        "2011": { amount: 4_000_000, statedText: "4.0" },
        "2012": { amount: 4_000_000, statedText: "4.0" },
      },
      statedGrandTotal: { amount: 15_200_000, statedText: "15,2" },
    },
  ],
  footnotes: [
    {
      marker: "*",
      text: "1,37 mill. kr. fra Beskæftigelses- og Integrationsforvaltningen og 1 mill. kr. fra Integrationsministeriet. Projektet udløber i 2010.",
    },
    {
      marker: "**",
      text: "Planerne løber over 2 til 5 år derfor er et ikke muligt at opgøre på det enkelte år, men kun det samlede beløb. Den samlede økonomiske ramme for helhedsplanerne gælder for perioden 2007 til 2013. Der skal gøres opmærksom på at 75 % finansieres af Landsbyggefonden, de resterende 25 % tilvejebringes som medfinansiering fra boligselskaberne og kommunes forvaltninger. Der er i 2010 forhandlet tillæg til 10 helhedsplaner samt finansiering til to yderligere helhedsplaner. Det samlede budget for disse kendes først medio 2010.",
    },
  ],
};
