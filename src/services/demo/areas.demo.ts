import type { DemoSeeder } from "../demo.service.ts";

export const areasDemo: DemoSeeder = { name: "areas", seed: async () => "" };
