import { ModulePage } from "../ModulePage.tsx";

export function AreasModule() {
  return <ModulePage module="areas" />;
}
