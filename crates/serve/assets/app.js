// Chorus page. Article text only ever enters the page through textContent,
// so nothing in an article can run as script or markup.
"use strict";

const $ = (id) => document.getElementById(id);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let documents = [];

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// Articles from the text box: one JSONL cluster line, or texts split by |||||.
function parseInput(raw) {
  const text = raw.trim();
  if (text.startsWith("{")) {
    const cluster = JSON.parse(text);
    const docs = (cluster.documents || []).map((d) => (typeof d === "string" ? { text: d } : d));
    return { id: cluster.id || "pasted", documents: docs };
  }
  const docs = text.split(/^\s*\|{5}\s*$/m).map((t) => t.trim()).filter((t) => t.length > 0);
  return { id: "pasted", documents: docs.map((t) => ({ text: t })) };
}

function label(doc) {
  const d = documents[doc];
  return d.source || d.title || `Article ${doc + 1}`;
}

function marker(citation, text) {
  const b = el("button", text || `${citation.doc + 1}`, "cite");
  b.type = "button";
  b.title = `Show in ${label(citation.doc)}`;
  b.dataset.doc = citation.doc;
  b.dataset.start = citation.start;
  b.dataset.end = citation.end;
  b.addEventListener("click", () => showSource(citation));
  return b;
}

// Highlight the cited byte range: offsets are UTF-8 bytes into the article.
function showSource(c) {
  const bytes = encoder.encode(documents[c.doc].text);
  const pre = $("source-text");
  pre.textContent = "";
  const mark = el("mark", decoder.decode(bytes.slice(c.start, c.end)));
  pre.append(decoder.decode(bytes.slice(0, c.start)), mark, decoder.decode(bytes.slice(c.end)));
  $("source-title").textContent = label(c.doc);
  $("source").hidden = false;
  mark.scrollIntoView({ block: "center" });
}

function citations(list) {
  const span = el("span", undefined, "cites");
  const seen = new Set();
  for (const c of list) {
    if (seen.has(c.doc)) continue;
    seen.add(c.doc);
    span.append(marker(c));
  }
  return span;
}

function render(brief) {
  const summary = $("summary");
  summary.textContent = "";
  for (const s of brief.sentences) {
    const li = el("li", s.text + " ");
    // The article stops inside this sentence; the text itself stays the source's.
    if (s.incomplete) li.append(el("span", "… ", "cut"));
    li.append(citations(s.citations));
    summary.append(li);
  }
  const quotes = $("quotes");
  quotes.textContent = "";
  for (const q of brief.quotes.slice(0, 12)) {
    const li = el("li");
    li.append(el("q", q.text), el("span", ` — ${q.speaker || "unattributed"} `, "speaker"), citations(q.citations));
    quotes.append(li);
  }
  const entities = $("entities");
  entities.textContent = "";
  for (const e of brief.entities.filter((e) => e.kind !== "organization").slice(0, 15)) {
    const mentions = e.mentions.reduce((n, m) => n + m.count, 0);
    const li = el("li");
    li.append(el("strong", e.name), el("span", ` ${e.kind}${e.role ? ", " + e.role : ""} · ${mentions} mentions`, "meta"));
    entities.append(li);
  }
  // Contribution: how many summary sentences and quotes each outlet carries.
  const counts = documents.map(() => 0);
  for (const s of brief.sentences) for (const c of s.citations) counts[c.doc] += 1;
  const max = Math.max(1, ...counts);
  const chart = $("chart");
  chart.textContent = "";
  counts.forEach((n, doc) => {
    const row = el("div", undefined, "bar-row");
    const bar = el("div", undefined, "bar");
    bar.style.width = `${(100 * n) / max}%`;
    row.append(el("span", label(doc), "bar-label"), el("div", undefined, "bar-track"), el("span", `${n}`, "bar-count"));
    row.children[1].append(bar);
    chart.append(row);
  });
  const facts = $("facts");
  facts.textContent = "";
  for (const f of brief.facts) {
    const li = el("li");
    li.append(el("span", f.label, `badge ${f.label}`), el("span", ` ${f.text} `), citations(f.citations));
    facts.append(li);
  }
  const timeline = $("timeline");
  timeline.textContent = "";
  for (const t of brief.timeline.slice(0, 12)) {
    const li = el("li");
    li.append(el("strong", t.date), el("span", ` ${t.event} `), citations(t.citations));
    timeline.append(li);
  }
  $("result").hidden = false;
}

async function run() {
  const status = $("status");
  let cluster;
  try {
    cluster = parseInput($("articles").value);
  } catch (e) {
    status.textContent = `That JSON line could not be read: ${e.message}`;
    return;
  }
  if (cluster.documents.length === 0) {
    status.textContent = "Paste at least one article first.";
    return;
  }
  documents = cluster.documents;
  const words = $("words").value;
  if (words) cluster.words = Number(words);
  status.textContent = "Working…";
  try {
    const response = await fetch("/v1/brief", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(cluster),
    });
    const body = await response.json();
    if (!response.ok) {
      status.textContent = body.error || `Error ${response.status}`;
      return;
    }
    status.textContent = `${body.sentences.length} sentences from ${documents.length} articles.`;
    render(body);
  } catch (e) {
    status.textContent = `Request failed: ${e.message}`;
  }
}

function readDropped(files) {
  const texts = [];
  let pending = files.length;
  for (const f of files) {
    const reader = new FileReader();
    reader.onload = () => {
      texts.push(reader.result);
      if (--pending === 0) {
        const box = $("articles");
        const joined = texts.join("\n|||||\n");
        box.value = box.value.trim() ? `${box.value.trim()}\n|||||\n${joined}` : joined;
      }
    };
    reader.readAsText(f);
  }
}

$("go").addEventListener("click", run);
$("close").addEventListener("click", () => { $("source").hidden = true; });
const area = $("articles");
area.addEventListener("dragover", (e) => e.preventDefault());
area.addEventListener("drop", (e) => {
  e.preventDefault();
  if (e.dataTransfer.files.length) readDropped(Array.from(e.dataTransfer.files));
});
