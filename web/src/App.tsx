import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type Location, Navigate, Route, Routes, useLocation } from "react-router-dom";
import { useAuth } from "./auth.tsx";
import { Layout } from "./layout/Layout.tsx";
import { MODULES, type ModuleKey } from "./modules.ts";
import { AdministrationModule } from "./pages/admin/AdministrationModule.tsx";
import { AreasModule } from "./pages/areas/AreasModule.tsx";
import { CasesModule } from "./pages/cases/CasesModule.tsx";
import { RequireRole } from "./pages/ForbiddenPage.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { LettingModule } from "./pages/letting/LettingModule.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { BudgetModule } from "./pages/policy/BudgetModule.tsx";
import { GoalsModule } from "./pages/policy/GoalsModule.tsx";
import { InitiativesModule } from "./pages/policy/InitiativesModule.tsx";
import { ReportsModule } from "./pages/policy/ReportsModule.tsx";

/** Each module's pages; who may open them is the module's `roles` in `modules.ts`. */
const MODULE_PAGES: Record<ModuleKey, ReactNode> = {
  goals: <GoalsModule />,
  initiatives: <InitiativesModule />,
  budget: <BudgetModule />,
  reports: <ReportsModule />,
  areas: <AreasModule />,
  letting: <LettingModule />,
  cases: <CasesModule />,
  administration: <AdministrationModule />,
};

/** Where the login page sends the user back to: a page of udsyn, never another site or login itself. */
export function returnPath(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next !== null && /^\/(?![/\\])/.test(next) && !next.startsWith("/login") ? next : "/";
}

/** The login page, remembering the page asked for (a refused OIDC login keeps its reason). */
function loginPath(location: Location): string {
  if (new URLSearchParams(location.search).has("oidc_error")) return `/login${location.search}`;
  const here = `${location.pathname}${location.search}${location.hash}`;
  return here === "/" ? "/login" : `/login?next=${encodeURIComponent(here)}`;
}

export function App() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) {
    return <p className="container">{t("loading")}</p>;
  }
  return (
    <Layout>
      {user === null ? (
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="*" element={<Navigate to={loginPath(location)} replace />} />
        </Routes>
      ) : (
        <Routes>
          <Route path="/login" element={<Navigate to={returnPath(location.search)} replace />} />
          <Route path="/" element={<HomePage />} />
          {MODULES.map((m) => (
            <Route
              key={m.key}
              path={`${m.path}/*`}
              element={<RequireRole roles={m.roles}>{MODULE_PAGES[m.key]}</RequireRole>}
            />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </Layout>
  );
}
