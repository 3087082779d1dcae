import type { DemoSeeder } from "../demo.service.ts";

export const policyDemo: DemoSeeder = { name: "policy", seed: async () => "" };
