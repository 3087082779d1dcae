import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router-dom";
import { SubNav } from "../../components/SubNav.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { RulesPage } from "./RulesPage.tsx";

export function LettingModule() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("nav.letting")}</h1>
      <SubNav label={t("letting.nav")} items={[{ to: "/udlejning", label: t("letting.rules") }]} />
      <Routes>
        <Route index element={<RulesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
