import { DomainError } from "../errors.ts";
import { formatDate, formatKroner } from "../format.ts";
import type { IsoDate } from "../law/iso-date.ts";

/** A relocation-grant decision as far as its payment is concerned. */
export interface GrantToPay {
  readonly id: number;
  readonly result: string;
  readonly decisionDate: string;
}

/**
 * A grant is paid once, only when granted, and not before it was applied for. Refuses with the
 * reason; the amount is always the granted amount, so it is not checked here.
 */
export function checkGrantPayable(
  grant: GrantToPay,
  earlierPayment: { readonly paidOn: string; readonly amount: number } | undefined,
  paidOn: IsoDate,
): void {
  if (grant.result !== "granted") {
    throw new DomainError(
      "conflict",
      {
        da: `Flyttetilskud ${grant.id} er afslået og kan ikke udbetales`,
        en: `Relocation grant ${grant.id} was refused and cannot be paid`,
      },
      [{ field: "id", message: `afgørelsen er ${grant.result}`, en: `the decision is ${grant.result}` }],
    );
  }
  if (earlierPayment !== undefined) {
    throw new DomainError(
      "conflict",
      {
        da: `Flyttetilskud ${grant.id} er allerede udbetalt den ${formatDate(earlierPayment.paidOn)}`,
        en: `Relocation grant ${grant.id} was already paid on ${formatDate(earlierPayment.paidOn, "en")}`,
      },
      [
        {
          field: "id",
          message: `udbetalt ${earlierPayment.paidOn} (${formatKroner(earlierPayment.amount)})`,
          en: `paid ${earlierPayment.paidOn} (${formatKroner(earlierPayment.amount, "en")})`,
        },
      ],
    );
  }
  if (paidOn < grant.decisionDate) {
    throw new DomainError(
      "invalid_input",
      { da: "Udbetalingen ligger før ansøgningsdatoen", en: "The payment is before the application date" },
      [
        {
          field: "paidOn",
          message: `${paidOn} er før ${grant.decisionDate}`,
          en: `${paidOn} is before ${grant.decisionDate}`,
        },
      ],
    );
  }
}
