import { ModulePage } from "../ModulePage.tsx";

export function InitiativesModule() {
  return <ModulePage module="initiatives" />;
}
