import i18n from "i18next";
import { initReactI18next } from "react-i18next";

/**
 * One JSON file per module and language (`locales/da/letting.json` …), merged into one
 * namespace, so each module owns its texts and keys stay `module.key`.
 */
const files = import.meta.glob<Record<string, unknown>>("./locales/*/*.json", {
  eager: true,
  import: "default",
});

function resourcesFor(language: string): Record<string, unknown> {
  return Object.entries(files)
    .filter(([path]) => path.startsWith(`./locales/${language}/`))
    .reduce<Record<string, unknown>>((merged, [, texts]) => Object.assign(merged, texts), {});
}

const stored = typeof localStorage === "undefined" ? null : localStorage.getItem("udsyn.language");

void i18n.use(initReactI18next).init({
  resources: { da: { translation: resourcesFor("da") }, en: { translation: resourcesFor("en") } },
  lng: stored === "en" ? "en" : "da",
  fallbackLng: "da",
  interpolation: { escapeValue: false },
});

// The page's language must be right from the first paint, not only after a switch (WCAG 3.1.1).
document.documentElement.lang = i18n.language;

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem("udsyn.language", lng);
});

export default i18n;
