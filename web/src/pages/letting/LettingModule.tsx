import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes } from "react-router-dom";
import { CASEWORK } from "../../../../src/domain/access.ts";
import { useAuth } from "../../auth.tsx";
import { SubNav } from "../../components/SubNav.tsx";
import { RequireRole } from "../ForbiddenPage.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { CombinedLettingPage } from "./CombinedLettingPage.tsx";
import { FlexibleLettingPage } from "./FlexibleLettingPage.tsx";
import { RelocationGrantPage } from "./RelocationGrantPage.tsx";
import { RulesPage } from "./RulesPage.tsx";
import { SpecialDwellingsPage } from "./SpecialDwellingsPage.tsx";

/**
 * Udlejning. Decisions about persons (combined and flexible letting, relocation grants) are for
 * caseworkers and administrators; everyone sees the special dwellings and the legal parameters.
 */
export function LettingModule() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const casework = user?.role === "admin" || user?.role === "caseworker";
  const items = [
    ...(casework
      ? [
          { to: "/udlejning", label: t("letting.combinedTab") },
          { to: "/udlejning/fleksibel", label: t("letting.flexible.tab") },
          { to: "/udlejning/flyttetilskud", label: t("letting.grants.tab") },
        ]
      : []),
    { to: "/udlejning/saerboliger", label: t("letting.special.tab") },
    { to: "/udlejning/lovparametre", label: t("letting.rules") },
  ];
  return (
    <>
      <h1>{t("nav.letting")}</h1>
      <SubNav label={t("letting.nav")} items={items} />
      <Routes>
        <Route
          index
          element={casework ? <CombinedLettingPage /> : <Navigate to="/udlejning/saerboliger" replace />}
        />
        <Route
          path="fleksibel"
          element={
            <RequireRole roles={CASEWORK}>
              <FlexibleLettingPage />
            </RequireRole>
          }
        />
        <Route
          path="flyttetilskud"
          element={
            <RequireRole roles={CASEWORK}>
              <RelocationGrantPage />
            </RequireRole>
          }
        />
        <Route path="saerboliger" element={<SpecialDwellingsPage />} />
        <Route path="lovparametre" element={<RulesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
