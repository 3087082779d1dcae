import { type StatusFieldKey, statusFieldLabel } from "../initiatives/status-report-layout.ts";
import {
  type PendingLocation,
  type PendingReview,
  pendingFieldLabel,
  pendingLocation,
  pendingReviewMessage,
} from "./pending-review.ts";
import type { ReportingRound } from "./reporting-round.ts";

/** One thing the secretary still has to do on a rolled-forward round. */
export interface ChecklistItem {
  readonly key: string;
  readonly reason: PendingReview["reason"];
  /** The field in Danish, e.g. `Mål a, vurderingens tekst`. */
  readonly label: string;
  /** What to do, one Danish sentence. */
  readonly message: string;
  readonly location: PendingLocation;
}

/** The round's checklist: what the roll-forward left, in the round's own words, in order. */
export function roundChecklist(round: ReportingRound): readonly ChecklistItem[] {
  const initiative = (id: string) => round.initiatives.find((i) => i.id === id);
  return (round.pendingReview ?? []).map((item) => {
    const label = pendingFieldLabel(
      item.key,
      (id) => initiative(id)?.name,
      (id, field) => {
        const kind = initiative(id)?.statusReport.kind;
        return kind === undefined ? undefined : statusFieldLabel(kind, field as StatusFieldKey, round.year);
      },
    );
    return {
      key: item.key,
      reason: item.reason,
      label,
      message: pendingReviewMessage(item, label),
      location: pendingLocation(item.key),
    };
  });
}
