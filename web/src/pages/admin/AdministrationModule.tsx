import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes } from "react-router-dom";
import { SubNav } from "../../components/SubNav.tsx";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { AuditLogPage } from "./AuditLogPage.tsx";
import { ImportHistoryPage } from "./ImportHistoryPage.tsx";
import { UsersPage } from "./UsersPage.tsx";

/** The administrator's pages: accounts, the audit log and the import history (all read or changed through audited use cases). */
export function AdministrationModule() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("nav.administration")}</h1>
      <SubNav
        label={t("admin.nav")}
        items={[
          { to: "/administration/brugere", label: t("users.title") },
          { to: "/administration/revisionsspor", label: t("admin.audit.tab") },
          { to: "/administration/indlaesninger", label: t("admin.imports.tab") },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="brugere" replace />} />
        <Route path="brugere" element={<UsersPage />} />
        <Route path="revisionsspor" element={<AuditLogPage />} />
        <Route path="indlaesninger" element={<ImportHistoryPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
