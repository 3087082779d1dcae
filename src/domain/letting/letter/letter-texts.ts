import { danishMonthNames } from "../../format.ts";
import type { LetterLanguage } from "./letter-settings.ts";

/**
 * The fixed words of a decision letter in each language a citizen may ask for. The sentences
 * that depend on the decision come from the decision's own text builders.
 */
export interface LetterWords {
  readonly date: string;
  readonly journalNumber: string;
  readonly reference: string;
  readonly decisionNumber: (n: number | null) => string;
  readonly decision: string;
  readonly reasoning: string;
  readonly rules: string;
  readonly decidedUnder: (basis: string) => string;
  readonly facts: string;
  readonly hearing: string;
  readonly hearingText: (sentOn: string, answerBy: string) => string;
  readonly hearingAnswered: (answeredOn: string, comments: string) => string;
  readonly hearingNoAnswer: string;
  readonly complaint: string;
  readonly contact: string;
  readonly contactText: (phone: string, email: string) => string;
  readonly regards: string;
  readonly page: (current: number, total: number) => string;
  readonly supersedes: string;
  readonly supersedesText: (
    kind: "annulment" | "correction",
    id: number,
    date: string,
    reason: string,
  ) => string;
  readonly formatDate: (iso: string) => string;
}

const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function dateWith(names: readonly string[], dayFirst: (d: number, m: string, y: string) => string) {
  return (iso: string) => {
    const [y = "", m = "1", d = "1"] = iso.slice(0, 10).split("-");
    return dayFirst(Number(d), names[Number(m) - 1] ?? "", y);
  };
}

export const letterWords: Readonly<Record<LetterLanguage, LetterWords>> = {
  da: {
    date: "Dato",
    journalNumber: "Journalnr.",
    reference: "Vores reference",
    decisionNumber: (n) =>
      n === null ? "Afgørelse (nummeret gives, når afgørelsen træffes)" : `Afgørelse nr. ${n}`,
    decision: "Afgørelse",
    reasoning: "Begrundelse",
    rules: "Regler",
    decidedUnder: (basis) => `Afgørelsen er truffet efter ${basis}`,
    facts: "Oplysninger, vi har lagt vægt på",
    hearing: "Partshøring",
    hearingText: (sentOn, answerBy) =>
      `Vi sendte dig den ${sentOn} de oplysninger, afgørelsen bygger på, og gav dig frist til den ${answerBy} til at komme med bemærkninger (forvaltningsloven § 19).`,
    hearingAnswered: (answeredOn, comments) =>
      `Du svarede den ${answeredOn}: "${comments}" Vi har taget dine bemærkninger med i vurderingen.`,
    hearingNoAnswer: "Vi har ikke modtaget bemærkninger fra dig.",
    complaint: "Klagevejledning",
    contact: "Spørgsmål",
    contactText: (phone, email) =>
      `Har du spørgsmål til afgørelsen, så ring til os på ${phone} eller skriv til ${email}. Oplys afgørelsens nummer.`,
    regards: "Med venlig hilsen",
    page: (current, total) => `Side ${current} af ${total}`,
    supersedes: "Tidligere afgørelse",
    supersedesText: (kind, id, date, reason) =>
      kind === "annulment"
        ? `Denne afgørelse annullerer vores afgørelse nr. ${id} af ${date}.`
        : `Denne afgørelse erstatter vores afgørelse nr. ${id} af ${date}. Årsag: ${reason}`,
    formatDate: dateWith(danishMonthNames, (d, m, y) => `${d}. ${m} ${y}`),
  },
  en: {
    date: "Date",
    journalNumber: "Case file no.",
    reference: "Our reference",
    decisionNumber: (n) => (n === null ? "Decision (numbered when it is made)" : `Decision no. ${n}`),
    decision: "Decision",
    reasoning: "Reasons",
    rules: "Rules",
    decidedUnder: (basis) => `The decision is made under ${basis}`,
    facts: "Information we have relied on",
    hearing: "Consultation",
    hearingText: (sentOn, answerBy) =>
      `On ${sentOn} we sent you the information the decision is based on and gave you until ${answerBy} to comment (section 19 of the Public Administration Act).`,
    hearingAnswered: (answeredOn, comments) =>
      `You answered on ${answeredOn}: "${comments}" We have taken your comments into account.`,
    hearingNoAnswer: "We have not received any comments from you.",
    complaint: "How to complain",
    contact: "Questions",
    contactText: (phone, email) =>
      `If you have questions about the decision, call us on ${phone} or write to ${email}. Please state the decision number.`,
    regards: "Yours sincerely",
    page: (current, total) => `Page ${current} of ${total}`,
    supersedes: "Earlier decision",
    supersedesText: (kind, id, date, reason) =>
      kind === "annulment"
        ? `This decision annuls our decision no. ${id} of ${date}.`
        : `This decision replaces our decision no. ${id} of ${date}. Reason: ${reason}`,
    formatDate: dateWith(englishMonths, (d, m, y) => `${d} ${m} ${y}`),
  },
};
