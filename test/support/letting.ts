import type {
  AreaDesignation,
  BenefitMonth,
  CombinedLettingApplication,
} from "../../src/domain/letting/combined-letting-application.ts";

/** `n` consecutive months of `benefit` starting with `first` (YYYY-MM). */
export function months(first: string, n: number, benefit = "kontanthjaelp"): BenefitMonth[] {
  const start = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  return Array.from({ length: n }, (_, i) => {
    const index = start + i;
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`, benefit };
  });
}

export const designated: AreaDesignation = {
  designated: true,
  listReference: "Socialministeriets liste af 21. december 2009",
  designatedSince: "2010-01-01",
};

/** An application for a dwelling in Akacieparken on 15 March 2010 by a single applicant. */
export function application(overrides: Partial<CombinedLettingApplication> = {}): CombinedLettingApplication {
  return {
    applicationDate: "2010-03-15",
    areaId: "akacieparken",
    dwelling: { departmentId: "akacieparken-1", dwellingId: "4 tv" },
    household: { applicant: { pseudonym: "P-0001", benefitMonths: [] } },
    alreadyResidentInDepartment: false,
    waitingList: { topOfList: false, registeredDate: "2008-05-01" },
    ...overrides,
  };
}
