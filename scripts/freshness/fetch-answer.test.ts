import { describe, expect, it } from "vitest";
import { type Answer, type FetchLike, fetchAnswer } from "./fetch-answer.ts";

const URL = "https://registry.example/pkg";
const options = (fetch: FetchLike, maxBytes = 1024) => ({ fetch, timeoutMs: 10_000, maxBytes });
const answering =
  (response: () => Response): FetchLike =>
  async () =>
    response();
const rejecting =
  (error: unknown): FetchLike =>
  async () =>
    Promise.reject(error);

describe("fetchAnswer", () => {
  it.each<{ name: string; fetch: FetchLike; expected: Answer }>([
    {
      name: "JSON",
      fetch: answering(() => Response.json({ versions: ["1.0.0"] })),
      expected: { json: { versions: ["1.0.0"] } },
    },
    {
      name: "a network error, by its cause",
      fetch: rejecting(
        new TypeError("fetch failed", {
          cause: new Error("getaddrinfo ENOTFOUND registry.example"),
        }),
      ),
      expected: { unreachable: "getaddrinfo ENOTFOUND registry.example" },
    },
    {
      name: "a timeout",
      fetch: rejecting(
        new DOMException("The operation was aborted due to timeout", "TimeoutError"),
      ),
      expected: { unreachable: "no answer within 10 s" },
    },
    {
      name: "a fetch that throws at once",
      fetch: () => {
        throw new Error("bad URL");
      },
      expected: { unreachable: "bad URL" },
    },
    {
      name: "a rejection with a non-error",
      fetch: rejecting("nope"),
      expected: { unreachable: "nope" },
    },
    {
      name: "an HTTP error",
      fetch: answering(() => new Response("Not Found", { status: 404 })),
      expected: { unreachable: "HTTP 404" },
    },
    {
      name: "HTML instead of JSON",
      fetch: answering(() => new Response("<html>maintenance</html>")),
      expected: { unreadable: "not JSON" },
    },
    {
      name: "an empty body",
      fetch: answering(() => new Response(null)),
      expected: { unreadable: "not JSON" },
    },
    {
      name: "a body larger than the cap",
      fetch: answering(() => new Response(JSON.stringify({ versions: Array(500).fill("1.0.0") }))),
      expected: { unreadable: "larger than 1024 bytes" },
    },
    {
      name: "a declared length larger than the cap",
      fetch: answering(() => new Response("{}", { headers: { "content-length": "99999999" } })),
      expected: { unreadable: "larger than 1024 bytes" },
    },
    {
      name: "a body that breaks off",
      fetch: answering(
        () =>
          new Response(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"versions": ['));
                controller.error(new Error("other side closed"));
              },
            }),
          ),
      ),
      expected: { unreachable: "other side closed" },
    },
  ])("$name", async ({ fetch, expected }) => {
    await expect(fetchAnswer(URL, options(fetch))).resolves.toEqual(expected);
  });

  it("states the cap in MiB when it is that big", async () => {
    const fetch = answering(
      () => new Response("x".repeat(10), { headers: { "content-length": `${3 * 1024 * 1024}` } }),
    );
    await expect(fetchAnswer(URL, options(fetch, 2 * 1024 * 1024))).resolves.toEqual({
      unreadable: "larger than 2 MiB",
    });
  });

  it("asks for JSON with a timeout signal", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, init });
      return Response.json([]);
    };
    await fetchAnswer(URL, options(fetch));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(URL);
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
    expect(calls[0]?.init.headers).toMatchObject({ accept: "application/json" });
  });
});
