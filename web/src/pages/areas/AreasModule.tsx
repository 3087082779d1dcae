import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router-dom";
import { SubNav } from "../../components/SubNav.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { AttributionPage } from "./AttributionPage.tsx";
import { ClassificationPage } from "./ClassificationPage.tsx";
import { EvaluationPage } from "./EvaluationPage.tsx";
import { FactsPage } from "./FactsPage.tsx";
import { WatchPage } from "./WatchPage.tsx";

export function AreasModule() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("nav.areas")}</h1>
      <SubNav
        label={t("areas.nav")}
        items={[
          { to: "/boligomraader", label: t("areas.classification.tab") },
          { to: "/boligomraader/regelaendring", label: t("areas.attribution.tab") },
          { to: "/boligomraader/overvaagning", label: t("areasWatch.tab") },
          { to: "/boligomraader/fakta", label: t("areas.facts.tab") },
          { to: "/boligomraader/evaluering", label: t("areas.evaluation.tab") },
        ]}
      />
      <Routes>
        <Route index element={<ClassificationPage />} />
        <Route path="regelaendring" element={<AttributionPage />} />
        <Route path="overvaagning" element={<WatchPage />} />
        <Route path="fakta" element={<FactsPage />} />
        <Route path="evaluering" element={<EvaluationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
