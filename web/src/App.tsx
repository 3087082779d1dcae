import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router-dom";
import { useAuth } from "./auth.tsx";
import { Layout } from "./layout/Layout.tsx";
import { MODULES } from "./modules.ts";
import { HomePage } from "./pages/HomePage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { LettingModule } from "./pages/letting/LettingModule.tsx";
import { ModulePage } from "./pages/ModulePage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";

/** Modules with pages of their own; the rest show their description until they are built. */
const BUILT = new Set<string>(["letting"]);

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
          <Route path="/udlejning/*" element={<LettingModule />} />
          {MODULES.filter((m) => !BUILT.has(m.key)).map((m) => (
            <Route key={m.key} path={`${m.path}/*`} element={<ModulePage module={m.key} />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </Layout>
  );
}
