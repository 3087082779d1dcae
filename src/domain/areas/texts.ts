import type { Language, Texts } from "../language.ts";

/**
 * The words of the national lists' criteria and of the classification's explanations, in every
 * language, in one place: the criteria build their labels from these (with the threshold from the
 * parameter), so an English reader gets the same sentence with the same numbers.
 */
export const criterionTexts = {
  residents: { da: "beboere i boligområdet", en: "residents in the housing area" },
  nonWestern: {
    da: "af beboerne er indvandrere og efterkommere fra ikke-vestlige lande",
    en: "of the residents are immigrants and descendants from non-Western countries",
  },
  outsideWorkOrEducation: {
    da: "af beboerne 18-64 år er uden tilknytning til arbejdsmarked eller uddannelse",
    en: "of the residents aged 18-64 are outside the labour market and education",
  },
  convicted: {
    da: "af beboerne på 18 år og derover er dømt efter straffeloven, våbenloven eller lov om euforiserende stoffer",
    en: "of the residents aged 18 and over are convicted under the Criminal Code, the Weapons Act or the Euphoriant Substances Act",
  },
  convictedVsNational: {
    da: "gange landsgennemsnittet af beboere på 18 år og derover dømt efter straffeloven, våbenloven eller lov om euforiserende stoffer",
    en: "times the national average of residents aged 18 and over convicted under the Criminal Code, the Weapons Act or the Euphoriant Substances Act",
  },
  convictedVsNationalNote: {
    da: "Tærsklen er faktoren gange gennemsnittet af årenes landsandele.",
    en: "The threshold is the factor times the mean of the years' national shares.",
  },
  basicEducation: {
    da: "af beboerne 30-59 år har kun en grunduddannelse (uoplyst tæller som grunduddannelse)",
    en: "of the residents aged 30-59 have only a basic education (unknown counts as basic education)",
  },
  incomeNote: {
    da: "Værdien er gennemsnitsindkomsten i kroner; tærsklen er faktoren gange regionens gennemsnit.",
    en: "The value is the mean income in kroner; the threshold is the factor times the region's mean.",
  },
  oneDepartment18Plus: {
    da: "af beboerne på 18 år og derover i mindst én afdeling er uden for arbejdsmarkedet",
    en: "of the residents aged 18 and over in at least one department are outside the labour market",
  },
  together18Plus: {
    da: "af beboerne på 18 år og derover i afdelingerne tilsammen er uden for arbejdsmarkedet",
    en: "of the residents aged 18 and over in the departments together are outside the labour market",
  },
  together18To64: {
    da: "af beboerne 18-64 år i afdelingerne tilsammen er uden for arbejdsmarkedet",
    en: "of the residents aged 18-64 in the departments together are outside the labour market",
  },
  residentsTogether: { da: "beboere i afdelingerne tilsammen", en: "residents in the departments together" },
  residentsInArea: { da: "beboere i området", en: "residents in the area" },
  udsat: { da: "Udsat", en: "Vulnerable" },
  hoejrisiko: { da: "Højrisiko (40+)", en: "High risk (40+)" },
  risiko: { da: "Risiko", en: "Risk" },
  stk3: { da: "Stk. 3", en: "Subsection 3" },
  stk4: { da: "Stk. 4", en: "Subsection 4" },
} as const satisfies Record<string, Texts>;

/** The note under the one-department test: which department is shown. */
export function highestDepartmentNote(departmentId: string, language: Language): string {
  return language === "en"
    ? `The department with the highest share (${departmentId}) is shown.`
    : `Afdelingen med den højeste andel (${departmentId}) er vist.`;
}

/** The income criterion's sentence: its comparison and share are the parameter's. */
export function incomeText(comparison: string, share: string, language: Language): string {
  return language === "en"
    ? `Mean gross income of taxpayers aged 15-64 (excluding students) is ${comparison} ${share} of the region's mean`
    : `Gennemsnitlig bruttoindkomst for skattepligtige 15-64 år (uden studerende) er ${comparison} ${share} af regionens gennemsnit`;
}

export function criteriaMetText(count: number, language: Language): string {
  return language === "en"
    ? `of the ${count} criteria above are met`
    : `af de ${count} kriterier ovenfor er opfyldt`;
}

/** Why an area cannot be assessed: a year the rule reads has no area facts. */
export function notAssessableText(
  missing: {
    readonly year: number;
    readonly ruleVersionId: string;
    readonly yearsRead: readonly number[];
    readonly forList?: number | undefined;
  },
  language: Language,
): string {
  const years = missing.yearsRead.join(", ");
  if (language === "en") {
    const list =
      missing.forList === undefined
        ? ""
        : ` for the list of ${missing.forList}, which "years in a row" counts`;
    return `Cannot be assessed: area facts for ${missing.year} are missing (rule version ${missing.ruleVersionId} reads the years ${years}${list}).`;
  }
  const list = missing.forList === undefined ? "" : ` for listen ${missing.forList}, som »år i træk« tæller`;
  return `Kan ikke vurderes: områdefakta for ${missing.year} mangler (regelversion ${missing.ruleVersionId} læser årene ${years}${list}).`;
}

/** A category the rules name but no list yet gives on the date. */
export function categoryWithoutListText(
  category: string,
  date: string,
  firstList: string,
  language: Language,
): string {
  return language === "en"
    ? `The category ${category} is not given on ${date}: the first list that names it is the list of ${firstList}.`
    : `Kategorien ${category} gives ikke den ${date}: den første liste, der nævner den, er listen af ${firstList}.`;
}
