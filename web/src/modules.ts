/** The modules of the navigation, in the order the header shows them. */
export const MODULES = [
  { key: "goals", path: "/maal" },
  { key: "initiatives", path: "/indsatser" },
  { key: "budget", path: "/oekonomi" },
  { key: "areas", path: "/boligomraader" },
  { key: "letting", path: "/udlejning" },
  { key: "cases", path: "/sager" },
  { key: "reports", path: "/rapporter" },
] as const;

export type ModuleKey = (typeof MODULES)[number]["key"];
