/**
 * A small static file server for measuring builds the way a production host would serve them:
 * correct content types, brotli or gzip by Accept-Encoding, long-lived caching for hashed
 * assets, index.html for extension-less paths (SPA fallback), and optional extra headers
 * (e.g. the page's Content-Security-Policy). Files are read once and kept in memory.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json|xml|javascript)|image\/svg)/;

export interface ServeStaticOptions {
  /** Folder to serve; `/` maps to `<root>/index.html`. */
  root: string;
  /** Headers added to every response (e.g. `Content-Security-Policy`). */
  headers?: Record<string, string>;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface StaticServer {
  /** `http://host:port/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

type Encoding = "br" | "gzip" | "identity";

/** Picks br, then gzip, then identity, honouring `q=0` refusals. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(token, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === "br") {
    return brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  if (encoding === "gzip") return gzipSync(body, { level: 9 });
  return body;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function serveStatic(options: ServeStaticOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const host = options.host ?? "127.0.0.1";
  const cache = new Map<string, Buffer>();

  /** The file for a URL path, or undefined for a 404. */
  async function locate(pathname: string): Promise<string | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    const path = resolve(root, `.${decoded}`);
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    if (await isFile(path)) return path;
    if (await isFile(join(path, "index.html"))) return join(path, "index.html");
    // SPA fallback: client-side routes have no extension; missing assets stay 404s.
    if (extname(path) === "") return join(root, "index.html");
    return undefined;
  }

  async function body(path: string, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}:${path}`;
    let cached = cache.get(key);
    if (!cached) {
      const raw = encoding === "identity" ? await readFile(path) : await body(path, "identity");
      cached = compress(raw, encoding);
      cache.set(key, cached);
    }
    return cached;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      response.setHeader(name, value);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const path = await locate(pathname);
    if (!path || !(await isFile(path))) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
    const encoding = COMPRESSIBLE.test(type)
      ? negotiateEncoding(request.headers["accept-encoding"])
      : "identity";
    const content = await body(path, encoding);
    const immutable = pathname.startsWith("/assets/");
    response.writeHead(200, {
      "Content-Type": type,
      "Content-Length": content.length,
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      Vary: "Accept-Encoding",
      ...(encoding === "identity" ? {} : { "Content-Encoding": encoding }),
    });
    response.end(request.method === "HEAD" ? undefined : content);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.stderr.write(`serve-static: ${String(error)}\n`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
