import { Route, Routes } from "react-router-dom";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { InitiativeDetailPage } from "./InitiativeDetailPage.tsx";
import { InitiativeListPage } from "./InitiativeListPage.tsx";

export function InitiativesModule() {
  return (
    <Routes>
      <Route index element={<InitiativeListPage />} />
      <Route path=":initiativeId" element={<InitiativeDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
