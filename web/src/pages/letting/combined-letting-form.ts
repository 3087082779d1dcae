import type { BenefitMonth, CombinedLettingApplication } from "../../api-types.ts";

export type Relation = "none" | "married" | "cohabitant";

/** The combined-letting form as typed: every field a string or a box, empty when not filled in. */
export interface CombinedLettingForm {
  readonly applicationDate: string;
  readonly areaId: string;
  readonly departmentId: string;
  readonly dwellingId: string;
  readonly alreadyResident: boolean;
  readonly applicant: string;
  readonly applicantMonths: string;
  readonly relation: Relation;
  readonly spouse: string;
  readonly cohabitingSince: string;
  readonly spouseMonths: string;
  readonly topOfList: boolean;
  readonly registeredDate: string;
  readonly position: string;
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
  applicantMonths: "",
  relation: "none",
  spouse: "",
  cohabitingSince: "",
  spouseMonths: "",
  topOfList: false,
  registeredDate: "",
  position: "",
};

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
    ...(form.departmentId === "" ? {} : { departmentId: form.departmentId }),
    ...(form.dwellingId === "" ? {} : { dwellingId: form.dwellingId }),
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
              ...(form.relation === "cohabitant" && form.cohabitingSince !== ""
                ? { cohabitingSinceDate: form.cohabitingSince }
                : {}),
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
