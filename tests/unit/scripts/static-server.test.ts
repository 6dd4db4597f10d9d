import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { pickEncoding, serveDirectory } from "../../../scripts/static-server";

/** GET with a given Accept-Encoding; the raw body, undecoded. */
function get(url: string, acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
  });
}

describe("the static server", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-static-"));
  const script = "var a = 'Văn bản hành chính';\n".repeat(400);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
  fs.writeFileSync(path.join(dir, "app.js"), script);
  fs.writeFileSync(path.join(dir, "icon.png"), png);
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serveDirectory(dir, { port: 0 }));
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("chooses brotli, then gzip, honouring q=0", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip, br;q=0")).toBe("gzip");
    expect(pickEncoding("deflate")).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
    expect(pickEncoding("*")).toBe("br");
  });

  test("sends JavaScript gzipped with Content-Encoding and Vary, and the bytes decode to the file", async () => {
    const res = await get(`${url}app.js`, "gzip");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(zlib.gunzipSync(res.body).toString("utf8")).toBe(script);
  });

  test("sends brotli when accepted, and plain bytes when nothing is", async () => {
    const br = await get(`${url}app.js`, "br, gzip");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString("utf8")).toBe(script);
    const plain = await get(`${url}app.js`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(script);
  });

  test("leaves images uncompressed", async () => {
    const res = await get(`${url}icon.png`, "gzip, br");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.equals(png)).toBe(true);
  });
});
