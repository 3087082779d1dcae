import type { LetterLanguage } from "./letter-settings.ts";

/**
 * The legal basis of each decision rule version as a citizen reads it: the act's name and the
 * section, never the rule version's id. A rule version without an entry here cannot be put in a
 * letter (a test walks every version).
 */
export const legalBasisWords: Readonly<Record<string, Readonly<Record<LetterLanguage, string>>>> = {
  "combined-letting-decision-2005": {
    da: "lov om almene boliger m.v. (almenboligloven) § 51 b, stk. 1 og 2, om kombineret udlejning, som indsat ved lov nr. 328 af 18. maj 2005.",
    en: "section 51 b(1) and (2) of the Social Housing Act (lov om almene boliger m.v.) on combined letting, as inserted by Act no. 328 of 18 May 2005.",
  },
  "combined-letting-decision-2021": {
    da: "lov om almene boliger m.v. (almenboligloven) § 51 b, stk. 1 og 2, om kombineret udlejning, som affattet med virkning fra 30. november 2021.",
    en: "section 51 b(1) and (2) of the Social Housing Act (lov om almene boliger m.v.) on combined letting, as worded from 30 November 2021.",
  },
  "flexible-letting-2007": {
    da: "lov om almene boliger m.v. (almenboligloven) § 60, stk. 1, om fleksibel udlejning, og kommunens aftale med de almene boligorganisationer om nye udlejningsmodeller.",
    en: "section 60(1) of the Social Housing Act (lov om almene boliger m.v.) on flexible letting, and the municipality's agreement with the social housing organisations on new letting models.",
  },
  "relocation-grant-2007": {
    da: "kommunens aftale med de almene boligorganisationer om nye udlejningsmodeller, der giver flyttetilskud til husstande på overførselsindkomst, som flytter fra et udsat boligområde.",
    en: "the municipality's agreement with the social housing organisations on new letting models, which gives a relocation grant to households on transfer income moving out of a vulnerable housing area.",
  },
};
