// A tiny server for trying the built front end without Entente.Server: the build output, the geography fixture and a
// small synthetic live night (scripts/fixture/night.mjs) behind the same API as docs/api.md, stream included.
//
// Usage: node scripts/dev-server.mjs [--port 4173] [--root ../src/Entente.Server/wwwroot]
//                                    [--fixture fixtures/geography.sample.json] [--fail] [--tracks 60] [--speed 10]
// --fail makes /api/geography answer HTTP 500, to check the error banner. --tracks 2000 tries the map under load.

import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createNight } from "./fixture/night.mjs";

const here = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4173" },
    root: { type: "string", default: join(here, "../src/Entente.Server/wwwroot") },
    fixture: { type: "string", default: join(here, "fixtures/geography.sample.json") },
    fail: { type: "boolean", default: false },
    tracks: { type: "string", default: "60" },
    speed: { type: "string", default: "10" },
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

const night = createNight({ tracks: Number(values.tracks), speed: Number(values.speed) });
const clients = new Set();

function sse(response, event, data) {
  response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function broadcast(event, data) {
  for (const client of clients) {
    sse(client, event, data);
  }
}

setInterval(() => {
  const { alertsChanged } = night.step();
  if (alertsChanged) {
    broadcast("alerts", night.alerts());
  }
  broadcast("frame", night.frame());
}, 1000);

function json(response, status, body, type = "application/json") {
  response.writeHead(status, { "Content-Type": status >= 400 ? "application/problem+json" : type }).end(JSON.stringify(body));
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) {
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    return null;
  }
}

function notFound(response, detail) {
  json(response, 404, { title: "Not found.", status: 404, detail });
}

async function api(request, response, url) {
  const path = url.pathname;
  const method = request.method ?? "GET";
  let match;
  if (path === "/api/geography") {
    if (values.fail) {
      response.writeHead(500, { "Content-Type": "text/plain" }).end("fixture failure");
      return;
    }
    response.writeHead(200, { "Content-Type": "application/geo+json" }).end(await readFile(resolve(values.fixture)));
    return;
  }
  if (path === "/api/stream") {
    response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache", Connection: "keep-alive" });
    clients.add(response);
    request.on("close", () => clients.delete(response));
    sse(response, "frame", night.frame());
    sse(response, "alerts", night.alerts());
    sse(response, "incidents", night.incidents());
    return;
  }
  if (method === "GET") {
    if (path === "/api/alerts") return json(response, 200, night.alerts().filter((a) => !url.searchParams.get("status") || a.status === url.searchParams.get("status")));
    if (path === "/api/incidents") return json(response, 200, night.incidents());
    if (path === "/api/assets") return json(response, 200, night.assets());
    if (path === "/api/sensors") return json(response, 200, night.sensors());
    if (path === "/api/sensors/coverage") return json(response, 200, night.coverage(), "application/geo+json");
    if (path === "/api/replay") return json(response, 200, night.replay());
    if (path === "/api/night") return json(response, 200, night.frame().night);
    if (path === "/api/tracks") {
      const at = url.searchParams.get("at");
      const snapshot = night.tracksAt(at);
      if (snapshot === undefined) return json(response, 400, { title: "The request is not valid.", status: 400, detail: "at must be an ISO 8601 time." });
      if (snapshot === null) return notFound(response, "No snapshot is kept at or before that time.");
      return json(response, 200, snapshot);
    }
    if ((match = /^\/api\/incidents\/([^/]+)$/.exec(path))) {
      const detail = night.incident(decodeURIComponent(match[1]));
      return detail ? json(response, 200, detail) : notFound(response, `Incident ${match[1]} is not in the picture.`);
    }
    if ((match = /^\/api\/incidents\/([^/]+)\/drift$/.exec(path))) {
      const drift = night.drift(decodeURIComponent(match[1]));
      return drift ? json(response, 200, drift, "application/geo+json") : notFound(response, `Incident ${match[1]} is not in the picture.`);
    }
    if ((match = /^\/api\/incidents\/([^/]+)\/plan$/.exec(path))) {
      const plan = night.plan(decodeURIComponent(match[1]));
      return plan ? json(response, 200, plan, "application/geo+json") : notFound(response, "No search is planned for this incident.");
    }
  }
  if (method === "POST") {
    const body = await readBody(request);
    let result;
    if ((match = /^\/api\/alerts\/(\d+)\/acknowledge$/.exec(path))) {
      result = night.acknowledge(Number(match[1]), body);
    } else if ((match = /^\/api\/incidents\/([^/]+)\/(handover\/accept|handover\/decline|mayday-relay|tasks|plan|searches)$/.exec(path))) {
      result = night.act(decodeURIComponent(match[1]), match[2], body, url.searchParams);
    }
    if (result) {
      json(response, result.status, result.body);
      if (result.alerts) broadcast("alerts", night.alerts());
      if (result.incidents) broadcast("incidents", night.incidents());
      return;
    }
  }
  notFound(response, `${method} ${path} is not part of the fixture API.`);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  try {
    if (url.pathname.startsWith("/api/")) {
      await api(request, response, url);
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
    if (!response.headersSent) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  }
});

server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${values.port}/${values.fail ? " (geography fails)" : ""} with ${values.tracks} tracks`);
});
