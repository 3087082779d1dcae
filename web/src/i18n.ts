import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import da from "./locales/da.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };

const stored = typeof localStorage === "undefined" ? null : localStorage.getItem("udsyn.language");

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: stored === "en" ? "en" : "da",
  fallbackLng: "da",
  interpolation: { escapeValue: false },
});

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem("udsyn.language", lng);
});

export default i18n;
