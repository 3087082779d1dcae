import { DomainError } from "../../errors.ts";
import type { Finding } from "../validation/finding.ts";

/**
 * The life of a reporting round: the integration administration requests it, the committee's
 * administration drafts it, it is reviewed, approved and published. Published is final.
 */
export const roundStatuses = ["requested", "draft", "review", "approved", "published"] as const;
export type RoundStatus = (typeof roundStatuses)[number];

export const roundStatusLabels: Readonly<Record<RoundStatus, string>> = {
  requested: "Anmodet",
  draft: "Udkast",
  review: "Til gennemsyn",
  approved: "Godkendt",
  published: "Offentliggjort",
};

/** The statuses' names in English (as the web app's English labels). */
const roundStatusLabelsEn: Readonly<Record<RoundStatus, string>> = {
  requested: "Requested",
  draft: "Draft",
  review: "In review",
  approved: "Approved",
  published: "Published",
};

const NEXT: Readonly<Record<RoundStatus, readonly RoundStatus[]>> = {
  requested: ["draft"],
  draft: ["review"],
  review: ["draft", "approved"],
  approved: ["review", "published"],
  published: [],
};

export function allowedTransitions(from: RoundStatus): readonly RoundStatus[] {
  return NEXT[from];
}

/** Content can change until the round is approved; an approved round goes back to review first. */
export function isEditable(status: RoundStatus): boolean {
  return status === "requested" || status === "draft" || status === "review";
}

export function assertEditable(status: RoundStatus): void {
  if (status === "published") {
    throw new DomainError("immutable", {
      da: "Redegørelsen er offentliggjort og kan ikke ændres. Opret en ny version for at rette.",
      en: "The report is published and cannot be changed. Create a new version to correct it.",
    });
  }
  if (!isEditable(status)) {
    throw new DomainError("immutable", {
      da: `Redegørelsen er ${roundStatusLabels[status].toLowerCase()}; send den tilbage til gennemsyn for at ændre den.`,
      en: `The report is ${roundStatusLabelsEn[status].toLowerCase()}; send it back for review to change it.`,
    });
  }
}

/**
 * Checks a status change. Approval (and so publication) needs a report without errors:
 * the validation findings of severity `error` are listed as the reason.
 */
export function checkTransition(from: RoundStatus, to: RoundStatus, findings: readonly Finding[]): void {
  if (!NEXT[from].includes(to)) {
    throw new DomainError(
      "conflict",
      {
        da: `En redegørelse kan ikke gå fra »${roundStatusLabels[from]}« til »${roundStatusLabels[to]}«.`,
        en: `A report cannot go from “${roundStatusLabelsEn[from]}” to “${roundStatusLabelsEn[to]}”.`,
      },
      [
        {
          field: "status",
          message: `tilladt fra ${roundStatusLabels[from]}: ${NEXT[from].map((s) => roundStatusLabels[s]).join(", ") || "ingen"}`,
          en: `allowed from ${roundStatusLabelsEn[from]}: ${NEXT[from].map((s) => roundStatusLabelsEn[s]).join(", ") || "none"}`,
        },
      ],
    );
  }
  if (to === "approved" || to === "published") {
    const errors = findings.filter((f) => f.severity === "error");
    if (errors.length > 0) {
      throw new DomainError(
        "conflict",
        {
          da: `Redegørelsen har ${errors.length} fejl, der skal rettes før godkendelse.`,
          en: `The report has ${errors.length} ${errors.length === 1 ? "error" : "errors"} to correct before approval.`,
        },
        errors.map((f) => ({
          field:
            [f.location.initiativeId, f.location.table, f.location.row, f.location.column, f.location.field]
              .filter(Boolean)
              .join(" / ") || f.ruleId,
          message: f.message,
        })),
      );
    }
  }
}

/** The parameter that says whether the drafter of a round may approve and publish it. */
export const FOUR_EYES_PARAMETER = "kobenhavn.redegoerelse.fire_oejne";

/**
 * Four eyes: approving and publishing are for someone who did not draft the round (change its
 * content or send it for review). `drafters` are the names of those who did.
 */
export function checkFourEyes(
  to: RoundStatus,
  actorName: string,
  drafters: readonly string[],
  fourEyes: boolean,
): void {
  if (!fourEyes || (to !== "approved" && to !== "published") || !drafters.includes(actorName)) return;
  const verb = to === "approved" ? "godkende" : "offentliggøre";
  const verbEn = to === "approved" ? "approve" : "publish";
  throw new DomainError(
    "forbidden",
    {
      da: `Du har selv skrevet på redegørelsen og kan derfor ikke ${verb} den; det skal en anden gøre (fire øjne).`,
      en: `You have written in the report yourself and so cannot ${verbEn} it; someone else must (four eyes).`,
    },
    [
      {
        field: "status",
        message: `${actorName} har skrevet på redegørelsen`,
        en: `${actorName} has written in the report`,
      },
    ],
  );
}
