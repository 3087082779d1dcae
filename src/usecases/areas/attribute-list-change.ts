import { attributeListChange, type ListChangeAttribution } from "../../domain/areas/attribute-list-change.ts";
import { defaultListKind } from "../../domain/areas/default-list.ts";
import type { ListKind } from "../../domain/areas/rule-version.ts";
import { DomainError } from "../../domain/errors.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { defineUseCase } from "../use-case.ts";
import { type AreaFactsFiles, factsFrom } from "./area-facts-source.ts";
import { AREA_READERS } from "./classify-areas.ts";

export interface AttributeListChangeInput {
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
  readonly listKind?: ListKind | undefined;
  readonly files?: AreaFactsFiles | undefined;
}

/** Splits a list's change between two dates into the rule change and real change, area by area. */
export const attributeListChangeBetween = defineUseCase(
  "se hvad der ændrede en liste",
  AREA_READERS,
  async (ctx, _actor, input: AttributeListChangeInput): Promise<ListChangeAttribution> => {
    if (input.fromDate > input.toDate) {
      throw new DomainError(
        "invalid_input",
        { da: "Fra-datoen ligger efter til-datoen", en: "The from date is after the to date" },
        [
          {
            field: "from",
            message: `${input.fromDate} ligger efter ${input.toDate}`,
            en: `${input.fromDate} is after ${input.toDate}`,
          },
        ],
      );
    }
    const listKind = input.listKind ?? defaultListKind(input.fromDate, input.toDate);
    const source = await factsFrom(() => ctx.db, listKind, input.files);
    return attributeListChange({
      listKind,
      fromDate: input.fromDate,
      toDate: input.toDate,
      facts: source.facts,
      params: await ctx.parameters(),
      referenceFacts: source.reference,
      publishedLists: source.published,
    });
  },
);
