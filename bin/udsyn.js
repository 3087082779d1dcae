#!/usr/bin/env node
// udsyn runs its TypeScript sources directly through tsx: one code base, no separate build of the server.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
