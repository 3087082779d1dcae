import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";
import { bydelsmoedre } from "./bydelsmoedre.ts";
import { danskFlygtningehjaelp } from "./dansk-flygtningehjaelp.ts";
import { denFlyvendeHollaender } from "./den-flyvende-hollaender.ts";
import { denKorteSnor } from "./den-korte-snor.ts";
import { denKorteSnorPlus } from "./den-korte-snor-plus.ts";
import { fakti } from "./fakti.ts";
import { gadeplansindsats } from "./gadeplansindsats.ts";
import { gadepulsen } from "./gadepulsen.ts";
import { helhedsplaner } from "./helhedsplaner.ts";
import { ikc } from "./ikc.ts";
import { kringlebakken } from "./kringlebakken.ts";
import { nexus } from "./nexus.ts";
import { paragraf18Midler } from "./paragraf-18-midler.ts";
import { ressourcecenterYdreNoerrebro } from "./ressourcecenter-ydre-noerrebro.ts";
import { socialraadgiverePaaSkolerne } from "./socialraadgivere-paa-skolerne.ts";
import { ssp } from "./ssp.ts";
import { udlejningsaftalen } from "./udlejningsaftalen.ts";
import { vaeresteder } from "./vaeresteder.ts";

/** The 18 initiatives in the report's order: 13 serving the goals (section 2), 5 beyond them (section 3). */
export const initiatives2010: readonly Initiative[] = [
  udlejningsaftalen,
  ssp,
  denKorteSnor,
  denKorteSnorPlus,
  gadeplansindsats,
  socialraadgiverePaaSkolerne,
  ressourcecenterYdreNoerrebro,
  gadepulsen,
  vaeresteder,
  denFlyvendeHollaender,
  nexus,
  bydelsmoedre,
  danskFlygtningehjaelp,
  paragraf18Midler,
  kringlebakken,
  fakti,
  ikc,
  helhedsplaner,
];
