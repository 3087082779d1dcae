import { DomainError } from "../errors.ts";
import { formatDate } from "../format.ts";
import { covers, type IsoDate } from "../law/iso-date.ts";
import type { ListKind, RuleVersion } from "./rule-version.ts";
import { combinedLetting2005 } from "./versions/combined-letting-2005.ts";
import { combinedLetting2010 } from "./versions/combined-letting-2010.ts";
import { copenhagenTypology } from "./versions/copenhagen-typology.ts";
import { ghettoList2010 } from "./versions/ghetto-list-2010.ts";
import { reform2021 } from "./versions/reform-2021.ts";
import { revision2013 } from "./versions/revision-2013.ts";
import { revision2018 } from "./versions/revision-2018.ts";

/**
 * The one place area-list rule versions are chosen by date. Versions of one list kind never
 * overlap (a test checks it); versions of different kinds do (the combined-letting list and
 * the ghetto list are different lists in force at the same time).
 */
export const ruleVersions: readonly RuleVersion[] = [
  combinedLetting2005,
  combinedLetting2010,
  ghettoList2010,
  revision2013,
  revision2018,
  reform2021,
  copenhagenTypology,
];

export function ruleVersionsOn(date: IsoDate): readonly RuleVersion[] {
  return ruleVersions.filter((v) => covers(v, date));
}

/** Danish names of the list kinds, for messages that must say which list. */
export const listKindNames: Readonly<Record<ListKind, string>> = {
  combined_letting: "områder, hvor kombineret udlejning kan benyttes",
  vulnerable_areas: "ghettolisten / udsatte boligområder",
  copenhagen_typology: "Københavns Kommunes områdetypologi",
};

export function ruleVersionFor(kind: ListKind, date: IsoDate): RuleVersion {
  const version = ruleVersions.find((v) => v.listKind === kind && covers(v, date));
  if (!version) {
    const ofKind = ruleVersions.filter((v) => v.listKind === kind);
    const first = ofKind.reduce<RuleVersion | undefined>(
      (a, v) => (a === undefined || v.effectiveFrom < a.effectiveFrom ? v : a),
      undefined,
    );
    const why =
      first && date < first.effectiveFrom
        ? `; listens første regelversion, ${first.id} (${first.name}), gælder fra ${formatDate(first.effectiveFrom)}`
        : "";
    throw new DomainError(
      "rule_not_in_force",
      `Listen ${listKindNames[kind]} (${kind}) har ingen regel i kraft den ${formatDate(date)}${why}`,
      [
        {
          field: "date",
          message: `ingen regel for ${kind} den ${date}${first && date < first.effectiveFrom ? `; første regel gælder fra ${first.effectiveFrom}` : ""}`,
        },
      ],
    );
  }
  return version;
}

export function ruleVersionById(id: string): RuleVersion {
  const version = ruleVersions.find((v) => v.id === id);
  if (!version)
    throw new DomainError("not_found", `Regelversionen ${id} findes ikke`, [
      { field: "ruleVersionId", message: id },
    ]);
  return version;
}
