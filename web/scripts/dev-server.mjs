// A tiny static server for trying the built front end without Entente.Server.
// Serves the build output and answers /api/geography with a fixture.
//
// Usage: node scripts/dev-server.mjs [--port 4173] [--root ../src/Entente.Server/wwwroot]
//                                    [--fixture fixtures/geography.sample.json] [--fail]
// --fail makes /api/geography answer HTTP 500, to check the error banner.

import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4173" },
    root: { type: "string", default: join(here, "../src/Entente.Server/wwwroot") },
    fixture: { type: "string", default: join(here, "fixtures/geography.sample.json") },
    fail: { type: "boolean", default: false },
  },
});

const root = resolve(values.root);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  try {
    if (url.pathname === "/api/geography") {
      if (values.fail) {
        response.writeHead(500, { "Content-Type": "text/plain" }).end("fixture failure");
        return;
      }
      const body = await readFile(resolve(values.fixture));
      response.writeHead(200, { "Content-Type": "application/geo+json" }).end(body);
      return;
    }
    const relative = url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname.slice(1));
    const path = normalize(join(root, relative));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const body = await readFile(path);
    response.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
  } catch {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
});

server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${values.port}/${values.fail ? " (geography fails)" : ""}`);
});
