import type { BenefitMonth, CombinedLettingApplication, CombinedLettingRequest } from "../../api-types.ts";
import type { BenefitRow } from "./benefit-months.ts";

export type Relation = "none" | "married" | "cohabitant";

/** The combined-letting form as typed: every field a string or a box, empty when not filled in. */
export interface CombinedLettingForm {
  readonly applicationDate: string;
  readonly areaId: string;
  readonly departmentId: string;
  readonly dwellingId: string;
  readonly alreadyResident: boolean;
  readonly applicant: string;
  readonly relation: Relation;
  readonly spouse: string;
  readonly cohabitingSince: string;
  readonly benefitRows: readonly BenefitRow[];
  readonly topOfList: boolean;
  readonly registeredDate: string;
  readonly position: string;
  readonly journalNumber: string;
  readonly hearingSentOn: string;
  readonly hearingAnswerBy: string;
  readonly hearingAnsweredOn: string;
  readonly hearingComments: string;
  /** The stored decision this one corrects, and why (empty when it is a new decision). */
  readonly correctsId: number | null;
  readonly correctionReason: string;
}

/** Sets one field of the form (`set("areaId")(value)`), for the form's sections. */
export type SetField = <K extends keyof CombinedLettingForm>(
  key: K,
) => (value: CombinedLettingForm[K]) => void;

export const emptyForm: CombinedLettingForm = {
  applicationDate: "",
  areaId: "",
  departmentId: "",
  dwellingId: "",
  alreadyResident: false,
  applicant: "",
  relation: "none",
  spouse: "",
  cohabitingSince: "",
  benefitRows: [],
  topOfList: false,
  registeredDate: "",
  position: "",
  journalNumber: "",
  hearingSentOn: "",
  hearingAnswerBy: "",
  hearingAnsweredOn: "",
  hearingComments: "",
  correctsId: null,
  correctionReason: "",
};

const ifGiven = <K extends string>(key: K, value: string) => (value === "" ? {} : { [key]: value });

/**
 * The application as the API takes it. Optional parts the caseworker left empty are left out, not
 * sent empty: the API would read an empty department as a department named "".
 */
export function toApplication(
  form: CombinedLettingForm,
  applicantMonths: BenefitMonth[],
  spouseMonths: BenefitMonth[],
): CombinedLettingApplication {
  const dwelling = {
    ...ifGiven("departmentId", form.departmentId),
    ...ifGiven("dwellingId", form.dwellingId),
  };
  return {
    applicationDate: form.applicationDate,
    areaId: form.areaId,
    ...(Object.keys(dwelling).length === 0 ? {} : { dwelling }),
    household: {
      applicant: { pseudonym: form.applicant, benefitMonths: applicantMonths },
      ...(form.relation === "none"
        ? {}
        : {
            spouse: {
              pseudonym: form.spouse,
              relation: form.relation,
              benefitMonths: spouseMonths,
              ...(form.relation === "cohabitant" ? ifGiven("cohabitingSinceDate", form.cohabitingSince) : {}),
            },
          }),
    },
    alreadyResidentInDepartment: form.alreadyResident,
    waitingList: {
      topOfList: form.topOfList,
      registeredDate: form.registeredDate,
      ...(form.position === "" ? {} : { position: Number(form.position) }),
    },
  };
}

/** The case record sent with the decision: journal number, partshøring, the decision corrected. */
export function toCaseRecord(form: CombinedLettingForm): CombinedLettingRequest["case"] {
  const hearing =
    form.hearingSentOn === "" && form.hearingAnswerBy === ""
      ? undefined
      : {
          sentOn: form.hearingSentOn,
          answerBy: form.hearingAnswerBy,
          ...ifGiven("answeredOn", form.hearingAnsweredOn),
          ...ifGiven("comments", form.hearingComments),
        };
  const record = {
    ...ifGiven("journalNumber", form.journalNumber),
    ...(hearing ? { hearing } : {}),
    ...(form.correctsId === null
      ? {}
      : { corrects: { decisionId: form.correctsId, reason: form.correctionReason } }),
  };
  return Object.keys(record).length === 0 ? undefined : record;
}
