import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes } from "react-router-dom";
import { useAuth } from "../../auth.tsx";
import { SubNav } from "../../components/SubNav.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { CaseOverviewPage } from "./CaseOverviewPage.tsx";
import { CasePage } from "./CasePage.tsx";
import { CreateCasePage } from "./CreateCasePage.tsx";
import { MyCasesPage } from "./MyCasesPage.tsx";
import { OverdueActionsPage } from "./OverdueActionsPage.tsx";

/**
 * Sager: SSP cases. Caseworkers see and work on their local committees' cases; an administrator
 * sees the cases without names; analysts and committee members (the leader groups) see the
 * overview only.
 */
export function CasesModule() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const readsCases = user?.role === "admin" || user?.role === "caseworker";
  const handlesCases = user?.role === "caseworker";
  const items = [
    ...(readsCases
      ? [
          { to: "/sager", label: t("cases.nav.mine") },
          { to: "/sager/frister", label: t("cases.nav.overdue") },
        ]
      : []),
    ...(handlesCases ? [{ to: "/sager/ny", label: t("cases.nav.create") }] : []),
    { to: "/sager/overblik", label: t("cases.nav.overview") },
  ];
  return (
    <>
      <h1>{t("nav.cases")}</h1>
      <SubNav label={t("cases.nav.label")} items={items} />
      <Routes>
        <Route index element={readsCases ? <MyCasesPage /> : <Navigate to="/sager/overblik" replace />} />
        {readsCases ? (
          <>
            <Route path="frister" element={<OverdueActionsPage />} />
            <Route path=":id" element={<CasePage />} />
          </>
        ) : null}
        {handlesCases ? <Route path="ny" element={<CreateCasePage />} /> : null}
        <Route path="overblik" element={<CaseOverviewPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
