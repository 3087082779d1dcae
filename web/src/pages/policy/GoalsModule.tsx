import { ModulePage } from "../ModulePage.tsx";

export function GoalsModule() {
  return <ModulePage module="goals" />;
}
