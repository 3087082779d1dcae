import fc from "fast-check";
import { describe, it } from "vitest";
import { range, reference, years } from "../../../test/support/area-facts.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { classifyAreas } from "./classify-areas.ts";
import type { PublishedListEntry } from "./published-list.ts";
import { reform2021 } from "./versions/reform-2021.ts";
import { revision2018 } from "./versions/revision-2018.ts";

/** Udsat (basic education and income) and non-western over 50 %: a ghetto / parallelsamfund now. */
const ghettoNow = { basic_education_only_30_59: 700, gross_income_sum_15_64_excl_students: 100 * 150_000 };

describe("hard ghetto and omdannelsesområde: the current list and the 4 before it (property)", () => {
  it.each([
    ["revision-2018", revision2018, "2018-12-01", "haardt_ghettoomraade"],
    ["reform-2021", reform2021, "2022-12-01", "omdannelsesomraade"],
  ] as const)(
    "%s: the category is given exactly when the 4 preceding published lists all had the area",
    (_, version, date, category) => {
      const listYear = Number(date.slice(0, 4));
      const facts = years([listYear - 2, listYear - 1], () => ({
        ...ghettoNow,
        non_western_immigrants_descendants: 600,
      }));
      fc.assert(
        fc.property(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (onList) => {
          // onList[k] is the list k + 1 years back; every year has a published list (another area at least).
          const published: PublishedListEntry[] = range(1, 6).flatMap((back) => [
            { areaId: "other", year: listYear - back, category: "ghettoomraade" as const },
            ...(onList[back - 1]
              ? [{ areaId: "a", year: listYear - back, category: "ghettoomraade" as const }]
              : []),
          ]);
          const c = classifyAreas(version, facts, { date }, shippedRules, reference, published);
          const hard = c.areas[0]?.categories.includes(category) ?? false;
          return hard === onList.slice(0, 4).every(Boolean);
        }),
      );
    },
  );
});
