/**
 * Danish names of benefit codes, for justifications. Which benefits count is a dated parameter
 * (kombineret_udlejning.afgoerelse.ydelser); this is only how to write them. An unknown code
 * is shown as itself.
 */
const labels: Readonly<Record<string, string>> = {
  kontanthjaelp: "kontanthjælp",
  starthjaelp: "starthjælp",
  introduktionsydelse: "introduktionsydelse",
  uddannelseshjaelp: "uddannelseshjælp",
  integrationsydelse: "integrationsydelse",
  selvforsoergelses_og_hjemrejseydelse: "selvforsørgelses- og hjemrejseydelse",
  overgangsydelse: "overgangsydelse",
  foertidspension: "førtidspension",
  arbejdsloeshedsdagpenge: "arbejdsløshedsdagpenge",
  sygedagpenge: "sygedagpenge",
  ressourceforloebsydelse: "ressourceforløbsydelse",
  folkepension: "folkepension",
  su: "SU",
  loen: "løn",
};

export function benefitLabel(code: string): string {
  return labels[code] ?? code;
}

/** "kontanthjælp, starthjælp eller introduktionsydelse" */
export function benefitList(codes: readonly string[]): string {
  const names = codes.map(benefitLabel);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} eller ${names.at(-1)}`;
}
