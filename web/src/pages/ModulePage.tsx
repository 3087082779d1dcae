import { useTranslation } from "react-i18next";
import type { ModuleKey } from "../modules.ts";

/** The landing page of a module whose own pages are not built yet: says what it will hold. */
export function ModulePage({ module }: { readonly module: ModuleKey }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t(`nav.${module}`)}</h1>
      <p className="font-lead">{t(`modules.${module}`)}</p>
    </>
  );
}
