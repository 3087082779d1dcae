import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "web",
  plugins: [react()],
  // dkfds exports only its JS; its stylesheet and fonts are reached by path.
  resolve: { alias: { "@dkfds": fileURLToPath(new URL("./node_modules/dkfds/dist", import.meta.url)) } },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
