import { useTranslation } from "react-i18next";
import type { DecisionRecord } from "../../api-types.ts";
import { LetterText } from "./LetterText.tsx";

function alertClass(result: string): string {
  if (result === "rejected") return "alert-warning";
  return result === "approved" ? "alert-success" : "alert-info";
}

/**
 * The combined-letting decision just made: its result (announced, in a status region) with the
 * rule version and the letter as PDF, then the letter's text. The status region stays in place
 * while empty, so the next decision is read out when it appears.
 */
export function DecisionResult({ decision }: { readonly decision: DecisionRecord | null }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status">
        {decision ? (
          <div className={`alert mt-4 ${alertClass(decision.result)}`} data-testid="decision-result">
            <div className="alert-body">
              <p className="alert-heading">
                {t("letting.combined.resultHeading", {
                  id: decision.id,
                  result: t(`letting.results.${decision.result}`, { defaultValue: decision.result }),
                })}
              </p>
              <p className="alert-text">
                {decision.result === "rejected"
                  ? decision.decision.replacementOffer
                    ? t("letting.combined.replacementYes")
                    : t("letting.combined.replacementNo")
                  : null}{" "}
                {t("letting.combined.ruleVersionUsed", { id: decision.ruleVersion })}{" "}
                <a href={`/api/letting/decisions/${decision.id}/letter.pdf`} target="_blank" rel="noreferrer">
                  {t("letting.combined.pdf")}
                </a>
              </p>
            </div>
          </div>
        ) : null}
      </div>
      {decision ? (
        <>
          <h3 className="mt-6">{t("letting.letter")}</h3>
          <LetterText text={decision.justification.text} />
        </>
      ) : null}
    </>
  );
}
