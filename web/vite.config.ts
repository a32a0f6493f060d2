import { defineConfig } from "vite";

// The build is embedded into the onsite binary (crates/onsite-server); file names are hashed,
// so the server can cache them for ever.
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:7777" },
  },
});
