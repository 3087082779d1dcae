import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router-dom";
import { useAuth } from "./auth.tsx";
import { Layout } from "./layout/Layout.tsx";
import { AreasModule } from "./pages/areas/AreasModule.tsx";
import { CasesModule } from "./pages/cases/CasesModule.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { LettingModule } from "./pages/letting/LettingModule.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { BudgetModule } from "./pages/policy/BudgetModule.tsx";
import { GoalsModule } from "./pages/policy/GoalsModule.tsx";
import { InitiativesModule } from "./pages/policy/InitiativesModule.tsx";
import { ReportsModule } from "./pages/policy/ReportsModule.tsx";
import { UsersPage } from "./pages/users/UsersPage.tsx";

export function App() {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (user === undefined) {
    return <p className="container">{t("loading")}</p>;
  }
  return (
    <Layout>
      {user === null ? (
        <LoginPage />
      ) : (
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/maal/*" element={<GoalsModule />} />
          <Route path="/indsatser/*" element={<InitiativesModule />} />
          <Route path="/oekonomi/*" element={<BudgetModule />} />
          <Route path="/rapporter/*" element={<ReportsModule />} />
          <Route path="/boligomraader/*" element={<AreasModule />} />
          <Route path="/udlejning/*" element={<LettingModule />} />
          <Route path="/sager/*" element={<CasesModule />} />
          <Route path="/administration/brugere" element={<UsersPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </Layout>
  );
}
