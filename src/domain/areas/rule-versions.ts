import { DomainError } from "../errors.ts";
import { formatDate } from "../format.ts";
import type { Texts } from "../language.ts";
import { covers, type IsoDate } from "../law/iso-date.ts";
import { type ListKind, type RuleVersion, ruleVersionName } from "./rule-version.ts";
import { combinedLetting2005 } from "./versions/combined-letting-2005.ts";
import { combinedLetting2010 } from "./versions/combined-letting-2010.ts";
import { copenhagenTypology } from "./versions/copenhagen-typology.ts";
import { ghettoList2010 } from "./versions/ghetto-list-2010.ts";
import { reform2021 } from "./versions/reform-2021.ts";
import { revision2013 } from "./versions/revision-2013.ts";
import { revision2018 } from "./versions/revision-2018.ts";
import { listKindTexts } from "./watch/watch-texts.ts";

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

/** The version of a list kind in force on a date, or undefined when the kind has none then. */
export function ruleVersionOn(kind: ListKind, date: IsoDate): RuleVersion | undefined {
  return ruleVersions.find((v) => v.listKind === kind && covers(v, date));
}

/** As `ruleVersionOn`, refusing a date the kind has no version on (naming its first version). */
export function ruleVersionFor(kind: ListKind, date: IsoDate): RuleVersion {
  const version = ruleVersionOn(kind, date);
  if (!version) {
    const ofKind = ruleVersions.filter((v) => v.listKind === kind);
    const first = ofKind.reduce<RuleVersion | undefined>(
      (a, v) => (a === undefined || v.effectiveFrom < a.effectiveFrom ? v : a),
      undefined,
    );
    const before = first !== undefined && date < first.effectiveFrom ? first : undefined;
    const why = before
      ? `; listens første regelversion, ${before.id} (${before.name}), gælder fra ${formatDate(before.effectiveFrom)}`
      : "";
    const whyEn = before
      ? `; the list's first rule version, ${before.id} (${ruleVersionName(before, "en")}), applies from ${formatDate(before.effectiveFrom, "en")}`
      : "";
    // A kind outside the type (from a caller's input) is named by itself.
    const list: Texts = listKindTexts[kind] ?? { da: kind, en: kind };
    throw new DomainError(
      "rule_not_in_force",
      {
        da: `Listen ${list.da} (${kind}) har ingen regel i kraft den ${formatDate(date)}${why}`,
        en: `The list of ${list.en} (${kind}) has no rule in force on ${formatDate(date, "en")}${whyEn}`,
      },
      [
        {
          field: "date",
          message: `ingen regel for ${kind} den ${date}${before ? `; første regel gælder fra ${before.effectiveFrom}` : ""}`,
          en: `no rule for ${kind} on ${date}${before ? `; the first rule applies from ${before.effectiveFrom}` : ""}`,
        },
      ],
    );
  }
  return version;
}

export function ruleVersionById(id: string): RuleVersion {
  const version = ruleVersions.find((v) => v.id === id);
  if (!version)
    throw new DomainError(
      "not_found",
      { da: `Regelversionen ${id} findes ikke`, en: `There is no rule version ${id}` },
      [{ field: "ruleVersionId", message: id }],
    );
  return version;
}
