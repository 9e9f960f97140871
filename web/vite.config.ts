import { defineConfig, loadEnv } from "vite";

// The production build is served by Entente.Server from its wwwroot folder.
// `npm run dev` proxies the API to a running server (ENTENTE_API, default http://localhost:5000).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, ".", "ENTENTE_");
  return {
    base: "./",
    build: {
      outDir: "../src/Entente.Server/wwwroot",
      emptyOutDir: true,
      target: "es2022",
      chunkSizeWarningLimit: 1024,
    },
    server: {
      proxy: {
        "/api": env["ENTENTE_API"] ?? "http://localhost:5000",
      },
    },
  };
});
