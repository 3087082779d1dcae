/** What the in-process benchmark runs, bundled as the server and CLI are (bench/classify-bundle.ts). */
export { classifyAreas } from "../src/domain/areas/classify-areas.ts";
export { indexFacts } from "../src/domain/areas/facts-index.ts";
export { ruleVersionById } from "../src/domain/areas/rule-versions.ts";
