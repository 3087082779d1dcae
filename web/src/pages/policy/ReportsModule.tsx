import { ModulePage } from "../ModulePage.tsx";

export function ReportsModule() {
  return <ModulePage module="reports" />;
}
