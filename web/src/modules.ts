/** The modules of the navigation, in the order the header shows them. */
export const MODULES = [
  { key: "goals", path: "/maal" },
  { key: "initiatives", path: "/indsatser" },
  { key: "budget", path: "/oekonomi" },
  { key: "areas", path: "/boligomraader" },
  { key: "letting", path: "/udlejning" },
  // Caseworkers work on their committees' SSP cases, an administrator sees them without names,
  // analysts and committee members (the leader groups) see the overview: every role uses it.
  { key: "cases", path: "/sager", roles: ["admin", "caseworker", "analyst", "committee"] },
  { key: "reports", path: "/rapporter" },
] as const;

export type ModuleKey = (typeof MODULES)[number]["key"];
