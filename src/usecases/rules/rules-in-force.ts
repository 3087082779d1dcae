import { EVERYONE } from "../../domain/access.ts";
import type { Language } from "../../domain/language.ts";
import { todayOf } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { type ParameterUse, parametersInForce } from "../../domain/law/value-on.ts";
import { defineUseCase } from "../use-case.ts";

export interface RulesInForce {
  readonly date: IsoDate;
  readonly parameters: ParameterUse[];
}

/** The legal parameters in force on a date (default: today in Copenhagen), each with its source. */
export const listRulesInForce = defineUseCase(
  "se lovparametrene",
  EVERYONE,
  async (
    ctx,
    _actor,
    input: { readonly date?: IsoDate | undefined; readonly language?: Language | undefined },
  ): Promise<RulesInForce> => {
    const date = input.date ?? todayOf(ctx.clock);
    return { date, parameters: [...parametersInForce(await ctx.parameters(), date, input.language)] };
  },
);
