/**
 * The benefit (and other income) codes an application may use, with their Danish names for
 * justifications. Which benefits count is a dated parameter (kombineret_udlejning.afgoerelse.ydelser);
 * this is the code list: an application with a code not here is refused (checkApplication), so
 * a typo is never silently counted as "another benefit".
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

/** Every code an application may use, in the order above. */
export const benefitCodes: readonly string[] = Object.keys(labels);

export function isBenefitCode(code: string): boolean {
  return Object.hasOwn(labels, code);
}

export function benefitLabel(code: string): string {
  return labels[code] ?? code;
}

/** "kontanthjælp, starthjælp eller introduktionsydelse" */
export function benefitList(codes: readonly string[]): string {
  const names = codes.map(benefitLabel);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} eller ${names.at(-1)}`;
}
