// Browser test of the chorus serve page in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core). Starts the server itself.
// Usage: node tests/browser/page.test.mjs [path/to/chorus] [screenshot.png]
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const binary = process.argv[2] || "target/debug/chorus";
const screenshot = process.argv[3] || "docs/screenshot.png";
const port = 18000 + Math.floor(Math.random() * 1000);
const results = [];
const check = (name, ok, detail = "") => {
  results.push(ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
};

const server = spawn(binary, ["serve", "--addr", `127.0.0.1:${port}`], { stdio: ["ignore", "ignore", "pipe"] });
await new Promise((resolve, reject) => {
  server.stderr.on("data", (d) => { if (String(d).includes("listening")) resolve(); });
  server.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  setTimeout(() => reject(new Error("server did not start")), 15000);
});

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(`http://127.0.0.1:${port}/`);

  // 1. The seed articles: citations render, clicking one highlights its source sentence.
  const seeds = join("..", "shared", "seeds");
  const articles = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seeds, f), "utf8"));
  await page.fill("#articles", articles.join("\n|||||\n"));
  await page.selectOption("#words", "150");
  await page.click("#go");
  await page.waitForSelector("#summary li", { timeout: 20000 });
  const sentences = await page.$$eval("#summary li", (lis) => lis.length);
  const markers = await page.$$eval("#summary .cite", (b) => b.length);
  check("summary sentences render with citation markers", sentences >= 2 && markers >= sentences, `${sentences} sentences, ${markers} markers`);
  // Whitespace compared as in the marked text (the source may hold no-break spaces).
  const first = await page.$eval("#summary li", (li) => li.firstChild.textContent.replace(/\s+/g, " ").trim());
  await page.click("#summary li .cite");
  await page.waitForSelector("#source:not([hidden]) mark");
  const marked = await page.$eval("#source mark", (m) => m.textContent.replace(/\s+/g, " ").trim());
  check("clicking a citation highlights the cited sentence", marked === first, marked === first ? JSON.stringify(marked.slice(0, 60)) : `marked ${JSON.stringify(marked)} vs shown ${JSON.stringify(first)}`);
  const quotes = await page.$$eval("#quotes li", (l) => l.length);
  const people = await page.$$eval("#entities li", (l) => l.length);
  const bars = await page.$$eval("#chart .bar-row", (l) => l.length);
  check("quotes, people and the outlet chart render", quotes > 0 && people > 0 && bars === 5, `${quotes} quotes, ${people} entities, ${bars} bars`);
  await page.screenshot({ path: screenshot, fullPage: true });

  // 2. Hostile article text is shown as text and nothing executes.
  const hostile = [
    "The city council said a post reading <script>alert(1)</script> appeared on its website on Monday morning.",
    "Officials removed the post <img src=x onerror=alert(2)> from the city website on Monday morning, the council said.",
  ];
  await page.fill("#articles", hostile.join("\n|||||\n"));
  await page.selectOption("#words", "");
  await page.click("#go");
  await page.waitForFunction(() => document.querySelector("#summary").textContent.includes("<"), null, { timeout: 20000 });
  const summary = await page.$eval("#summary", (s) => s.textContent);
  const scripts = await page.$$eval("script", (s) => s.length);
  const images = await page.$$eval("#result img", (i) => i.length);
  check("hostile markup is shown as text", summary.includes("<script>alert(1)</script>") || summary.includes("<img src=x onerror=alert(2)>"));
  check("no injected script or image elements", scripts === 1 && images === 0, `${scripts} scripts, ${images} images`);
  await page.click("#summary li .cite");
  await page.waitForTimeout(300);
  check("no dialog was opened by article text", dialogs.length === 0, dialogs.join(", "));

  // 3. A sentence its article was cut off in is marked "…", its text left as the source's.
  const cut = [
    "The school board approved a new budget on Tuesday night after a long public meeting. Teachers will get a raise of three percent next year, the board said in a statement.",
    "The school board voted for the budget on Tuesday. Parents at the meeting asked the board members about class sizes and",
  ];
  await page.fill("#articles", cut.join("\n|||||\n"));
  await page.click("#go");
  await page.waitForFunction(() => document.querySelector("#summary").textContent.includes("class sizes"), null, { timeout: 20000 });
  const marks = await page.$$eval("#summary li", (lis) => lis.filter((li) => li.querySelector(".cut")).map((li) => li.firstChild.textContent.trim()));
  check("a cut-off sentence is marked, its text unchanged", marks.length === 1 && marks[0].endsWith("class sizes and"), JSON.stringify(marks));
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
const failed = results.filter((r) => !r).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
