import { useTranslation } from "react-i18next";
import type { Answer } from "../../api-types.ts";
import { formatDate } from "../../format.ts";

type CaseEvent = Answer<"/api/cases/{id}">["timeline"][number];

function text(details: Record<string, unknown>, key: string): string {
  const value = details[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

/** The case's timeline, oldest first, as recorded (append-only). */
export function Timeline({ events }: { readonly events: readonly CaseEvent[] }) {
  const { t } = useTranslation();
  return (
    <ol className="nobullet-list" data-testid="case-timeline">
      {events.map((e) => (
        <li key={e.id} className="mb-3" data-kind={e.kind}>
          <strong>{formatDate(e.onDate)}</strong> · {t(`cases.timeline.kinds.${e.kind}`)}
          {e.kind === "escalated" || e.kind === "de-escalated"
            ? ` ${t("cases.timeline.fromTo", { from: text(e.details, "from"), to: text(e.details, "to") })}: ${text(e.details, "reason")}`
            : null}
          {e.kind === "action_completed" ? `: ${text(e.details, "title")}` : null}
          {e.kind === "closed" ? `: ${text(e.details, "reason")}` : null}
          {e.kind === "intervention" ? `: ${text(e.details, "type")}` : null}
          <span className="text-gray"> · {e.actorName}</span>
        </li>
      ))}
    </ol>
  );
}
