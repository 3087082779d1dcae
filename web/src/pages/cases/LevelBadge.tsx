import { useTranslation } from "react-i18next";

const TONE: Record<number, string> = {
  1: "badge-info",
  2: "badge-success",
  3: "badge-warning",
  4: "badge-error",
};

/** The case level as a badge: the number and its name. */
export function LevelBadge({ level }: { readonly level: number }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-small ${TONE[level] ?? ""}`}>
      {t("cases.levelShort", { level })} · {t(`cases.levels.${level}`)}
    </span>
  );
}
