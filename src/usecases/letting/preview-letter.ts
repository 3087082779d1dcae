import { todayOf } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import {
  composeLetter,
  hearingRequired,
  type LetterDecision,
  type SendableLetter,
} from "../../domain/letting/letter/compose-letter.ts";
import type { UseCaseContext } from "../use-case.ts";
import type { CaseRecord } from "./case-record.ts";
import { areaNames } from "./decision-letter.ts";
import { letterSettings } from "./letter-settings.ts";

/** What the caseworker must see before "Træf afgørelse": each with a code the web translates. */
export interface PreviewWarning {
  readonly code: "hearing_missing" | "complaint_unverified" | "demo_settings";
  readonly message: string;
}

/**
 * The letter the decision would get, as the citizen reads it (in Danish, to an unnamed
 * recipient), and the warnings that stand before sending it. Nothing is written.
 */
export async function previewLetter(
  ctx: UseCaseContext,
  subject: Exclude<LetterDecision, { kind: "annulment" }>,
  caseRecord: CaseRecord,
): Promise<{ letter: SendableLetter | null; warnings: PreviewWarning[] }> {
  const settings = await letterSettings();
  const warnings: PreviewWarning[] = [];
  const missingHearing =
    hearingRequired(subject.kind, subject.decision.result) && caseRecord.hearing === undefined;
  if (missingHearing)
    warnings.push({
      code: "hearing_missing",
      message:
        "Afgørelsen går ansøgeren imod og bygger på oplysninger om ydelser, ansøgeren ikke selv har givet: partshør ansøgeren (forvaltningsloven § 19), og registrér høringen, før du træffer afgørelsen.",
    });
  if (settings.complaints[subject.kind].verify)
    warnings.push({
      code: "complaint_unverified",
      message: `Klagevejledningen er ikke juridisk efterprøvet (kilde: ${settings.complaints[subject.kind].source}).`,
    });
  if (settings.demo)
    warnings.push({
      code: "demo_settings",
      message: "Afsender og underskrift er demoværdier (config/letter-settings.yaml).",
    });
  const letter = missingHearing
    ? null
    : composeLetter(
        subject,
        {
          language: "da",
          recipient: { name: "Ansøgeren", address: ["(navn og adresse indsættes, når brevet hentes)"] },
          date: todayOf(ctx.clock) as IsoDate,
          decisionId: null,
          journalNumber: caseRecord.journalNumber,
          hearing: caseRecord.hearing,
          areaName: await areaNames(ctx.db),
        },
        settings,
      );
  return { letter, warnings };
}
