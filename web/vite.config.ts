import { defineConfig, loadEnv } from "vite";

/** A page beside this file, as a path (without node's types, which the front end does not use). */
function page(name: string): string {
  return decodeURIComponent(new URL(`./${name}`, import.meta.url).pathname);
}

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
      // Three pages: the live map (index.html), the statistics (stats.html) and signing in (login.html); shared code goes in common chunks.
      rollupOptions: {
        input: {
          main: page("index.html"),
          stats: page("stats.html"),
          login: page("login.html"),
        },
      },
    },
    server: {
      proxy: {
        "/api": env["ENTENTE_API"] ?? "http://localhost:5000",
      },
    },
  };
});
