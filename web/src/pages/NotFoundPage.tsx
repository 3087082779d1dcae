import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p className="font-lead">{t("notFound.text")}</p>
      <p>
        <Link to="/">{t("notFound.back")}</Link>
      </p>
    </>
  );
}
