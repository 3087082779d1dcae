export * from "./distance.ts";
export * from "./next-list.ts";
export * from "./plan.ts";
export * from "./watch-list.ts";
