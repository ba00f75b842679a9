// The handbook's speed budget, a benchmark: per page, the bytes of its HTML and of the CSS and JS
// it loads up front (raw and gzip), the budget check (CSS + JS under 30 KB gzip), then Lighthouse
// on four kinds of page. Usage: node budget.mjs SITE NODE_MODULES
import { createServer } from "node:http";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, dirname, extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET = 30 * 1024;
const site = resolve(process.argv[2] || "target/site");
const modules = resolve(process.argv[3] || "target/speed-budget/node_modules");
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";

function pages(folder) {
  return readdirSync(folder).flatMap((name) => {
    const file = join(folder, name);
    if (statSync(file).isDirectory()) { return pages(file); }
    return name.endsWith(".html") ? [file] : [];
  });
}

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(6);

// What a page loads before a reader does anything: its stylesheets and scripts with a src.
function upFront(file, html) {
  const urls = [];
  for (const match of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)) { urls.push(match[1]); }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) { urls.push(match[1]); }
  // The 404 page resolves its URLs against <base>, the site root.
  const base = /<base\b/.test(html) ? site : dirname(file);
  return urls.map((url) => join(base, url.split(/[?#]/)[0]));
}

let over = 0;
const rows = [];
for (const file of pages(site).sort()) {
  const html = readFileSync(file);
  let assetsRaw = 0;
  let assetsGzip = 0;
  for (const asset of upFront(file, html.toString("utf8"))) {
    if (!existsSync(asset)) { continue; }
    const bytes = readFileSync(asset);
    assetsRaw += bytes.length;
    assetsGzip += gzipped(bytes);
  }
  const ok = assetsGzip < BUDGET;
  if (!ok) { over++; }
  rows.push([relative(site, file), html.length, gzipped(html), assetsRaw, assetsGzip, ok]);
}
console.log("page".padEnd(52) + "  HTML raw   gzip | CSS+JS raw   gzip | budget");
for (const [page, htmlRaw, htmlGzip, raw, gzip, ok] of rows) {
  console.log(page.padEnd(52) + "  " + kb(htmlRaw) + " " + kb(htmlGzip) + " | " + kb(raw) + "     " + kb(gzip) + " | " + (ok ? "ok" : "OVER"));
}
const sum = (i) => rows.reduce((total, row) => total + row[i], 0);
console.log(`${rows.length} pages; HTML ${kb(sum(1))} KB raw, ${kb(sum(2))} KB gzip in all; largest HTML ${kb(Math.max(...rows.map((r) => r[2])))} KB gzip; CSS+JS per page at most ${kb(Math.max(...rows.map((r) => r[4])))} KB gzip (budget ${BUDGET / 1024} KB): ${over === 0 ? "all pages within the budget" : over + " over"}`);

// Lighthouse needs http. The server answers as GitHub Pages does (gzip, ten minutes of caching);
// missing files get the 404 page, but with status 200: Lighthouse refuses a document answered 404.
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".png": "image/png", ".xml": "application/xml" };
const server = createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  if (path.endsWith("/")) { path += "index.html"; }
  let file = join(site, path);
  if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) { file = join(site, "404.html"); }
  const headers = { "Content-Type": types[extname(file)] || "application/octet-stream", "Cache-Control": "max-age=600" };
  let body = readFileSync(file);
  if (/\bgzip\b/.test(request.headers["accept-encoding"] || "") && extname(file) !== ".png") {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
  }
  response.writeHead(200, headers);
  response.end(body);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const root = `http://127.0.0.1:${server.address().port}/`;

const firstTag = readdirSync(join(site, "tags")).filter((name) => name !== "index.html").sort()[0];
const longest = rows.filter((row) => !row[0].startsWith("project/")).sort((a, b) => b[1] - a[1])[0][0];
const targets = [["home", "index.html"], ["long page", longest], ["tag page", "tags/" + firstTag], ["404", "data/no/such/page.html"]];

const lighthouse = (await import(pathToFileURL(join(modules, "lighthouse", "core", "index.js")))).default;
// Lighthouse's own desktop preset (what `lighthouse --preset=desktop` runs): desktop throttling,
// screen and user agent together, since desktop scoring assumes desktop throttling.
const desktop = (await import(pathToFileURL(join(modules, "lighthouse", "core", "config", "desktop-config.js")))).default;
const launcher = await import(pathToFileURL(join(modules, "chrome-launcher", "dist", "index.js")));
const chrome = await launcher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  console.log("\nLighthouse (performance, accessibility, best practices, SEO), desktop and mobile:");
  for (const [name, page] of targets) {
    for (const formFactor of ["mobile", "desktop"]) {
      const config = formFactor === "desktop" ? desktop : { extends: "lighthouse:default", settings: { formFactor } };
      const result = await lighthouse(root + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] }, config);
      const scores = Object.values(result.lhr.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(", ");
      const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual").map((a) => a.id);
      const metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"].map((id) => result.lhr.audits[id].displayValue).join(" / ");
      console.log(`${name.padEnd(10)} ${formFactor.padEnd(8)} ${page}: ${scores}; FCP / LCP / TBT / CLS ${metrics}${failing.length ? "; below 90: " + failing.join(", ") : ""}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
process.exitCode = over === 0 ? 0 : 1;
