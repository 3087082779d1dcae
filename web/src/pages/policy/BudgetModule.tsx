import { ModulePage } from "../ModulePage.tsx";

export function BudgetModule() {
  return <ModulePage module="budget" />;
}
