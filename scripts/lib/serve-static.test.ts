import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { type IncomingHttpHeaders, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { negotiateEncoding, type StaticServer, serveStatic } from "./serve-static.ts";

describe("negotiateEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(negotiateEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(negotiateEncoding("gzip, br;q=0")).toBe("gzip");
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding("identity")).toBe("identity");
    expect(negotiateEncoding(undefined)).toBe("identity");
  });
});

describe("serveStatic", () => {
  let dir = "";
  let server: StaticServer;
  const js = `export const answer = ${"42 + ".repeat(200)}0;\n`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "serve-static-test-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(dir, "assets/app.js"), js);
    writeFileSync(join(dir, "robots.txt"), "User-agent: *\n");
    server = await serveStatic({
      root: dir,
      headers: { "Content-Security-Policy": "default-src 'self'" },
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A request with the path sent verbatim (fetch would normalise `..`). */
  const raw = (path: string, encoding = "identity") =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
      const req = request(`${server.url.replace(/\/$/, "")}${path}`, {
        headers: { "Accept-Encoding": encoding },
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", fail);
      req.end();
    });
  const get = (path: string, encoding = "identity") =>
    fetch(new URL(path, server.url), { headers: { "Accept-Encoding": encoding } });

  it("serves files with their content type, cache policy and the extra headers", async () => {
    const response = await get("/assets/app.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(await response.text()).toBe(js);
  });

  it("compresses with brotli or gzip as accepted", async () => {
    const br = await raw("/assets/app.js", "gzip, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(js);
    const gz = await raw("/assets/app.js", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(js);
  });

  it("falls back to index.html for extension-less paths and 404s missing files", async () => {
    const route = await get("/some/route?view=results");
    expect(route.status).toBe(200);
    expect(route.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(route.headers.get("cache-control")).toBe("no-cache");
    expect((await get("/assets/missing.js")).status).toBe(404);
    expect((await get("/robots.txt")).status).toBe(200);
  });

  it("does not serve files outside its root", async () => {
    // Dot segments are normalised away by URL parsing (the SPA fallback answers);
    // encoded slashes survive parsing and must be refused.
    for (const path of [
      "/../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2fetc%2fpasswd",
    ]) {
      const response = await raw(path);
      expect(response.body.toString()).not.toContain("root:");
    }
    expect((await raw("/..%2f..%2fetc%2fpasswd")).status).toBe(404);
    expect((await raw("/assets/..%2f..%2f..%2fetc%2fhosts.txt")).status).toBe(404);
  });
});
