"""The evidence reader: one self-contained HTML page of a source with every cited span.

The page holds the user's own copy of the source (checked against the brief's checksum
first), cut into segments at every boundary of a cited span, so that spans which
overlap never repeat or hide text: each segment lists the records that cite it, is
tinted by the kind of its innermost span and underlined once per kind citing it. A side
panel lists every record by kind; selecting one marks its spans. The page loads nothing:
its styles and script are inline, and it works (without the interaction) with scripts
off. Its script checks on load that every span of the data is marked, and writes the
result into the page (``<output id="self-check">``), for tests in a real browser.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from typing import TYPE_CHECKING, Any

from ._display import what
from ._evidence import cited_spans, pick_source
from ._kinds import REGISTRY, kind_of
from ._public import present_as_public

if TYPE_CHECKING:
    from ._brief import Brief

PALETTE = (
    "#2563eb",
    "#dc2626",
    "#16a34a",
    "#9333ea",
    "#ea580c",
    "#0891b2",
    "#db2777",
    "#ca8a04",
    "#4b5563",
)
"""The kinds' colours, given out in the order of the registry of kinds."""

COLOURS: dict[str, str] = {k.name: PALETTE[i % len(PALETTE)] for i, k in enumerate(REGISTRY)}
"""Each kind's colour on the page."""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _record_data(brief: Brief, record: Any, source: str) -> dict[str, Any]:
    kind = kind_of(record)
    by = [getattr(brief.get(i), "name", i) for i in kind.actors(record)]
    stances = [
        f"{getattr(brief.get(s.issue), 'title', s.issue)}: {s.position}"
        for s in getattr(record, "stances", ())
    ]
    when = getattr(record, "when", None)
    return {
        "id": record.id,
        "kind": kind.name,
        "label": what(record),
        "when": "" if when is None else str(when),
        "status": getattr(record, "status", None) or "",
        "by": by,
        "stances": stances,
        "spans": [[c.start, c.end, w] for w, c in cited_spans(record) if c.source == source],
    }


def _segments(text: str, records: list[dict[str, Any]]) -> str:
    """The text as HTML: plain runs, and a ``<span class="seg">`` for each cited run."""
    starts: dict[int, list[tuple[int, int]]] = {}
    ends: dict[int, list[tuple[int, int]]] = {}
    for i, record in enumerate(records):
        for start, end, _ in record["spans"]:
            starts.setdefault(start, []).append((end - start, i))
            ends.setdefault(end, []).append((end - start, i))
    bounds = sorted({0, len(text), *starts, *ends})
    active: Counter[tuple[int, int]] = Counter()
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        for span in ends.get(a, ()):
            active[span] -= 1
        for span in starts.get(a, ()):
            active[span] += 1
        active = +active  # drop the spans that ended
        run = _esc(text[a:b])
        if not active:
            out.append(run)
            continue
        ids = sorted({records[i]["id"] for _, i in active})
        inner = records[min(active)[1]]["kind"]
        kinds = [k.name for k in REGISTRY if any(records[i]["kind"] == k.name for _, i in active)]
        shadows = ", ".join(
            f"inset 0 -{3 * (n + 1)}px 0 {COLOURS[k]}" for n, k in enumerate(kinds[:4])
        )
        depth = min(len(ids), 4)
        out.append(
            f'<span class="seg k-{inner}" tabindex="0" data-s="{a}" data-e="{b}" '
            f'data-r="{_esc(" ".join(ids))}" style="--bg: {COLOURS[inner]}{_ALPHA[depth]}; '
            f'box-shadow: {shadows}">{run}</span>'
        )
    return "".join(out)


_ALPHA = ("00", "26", "3a", "4d", "61")
"""The tint's opacity (hex) by how many records cite a segment: more is darker."""


def _panel(records: list[dict[str, Any]]) -> str:
    parts: list[str] = []
    for kind in REGISTRY:
        mine = [r for r in records if r["kind"] == kind.name]
        if not mine:
            continue
        colour = COLOURS[kind.name]
        parts.append(
            f'<section class="kind" data-kind="{kind.name}"><h3>'
            f'<span class="swatch" style="background: {colour}"></span>'
            f"{_esc(kind.plural.capitalize())} ({len(mine)})</h3><ul>"
        )
        for r in mine:
            when = f' <span class="when">{_esc(r["when"])}</span>' if r["when"] else ""
            parts.append(
                f'<li><button type="button" class="rec" data-id="{_esc(r["id"])}">'
                f'<code>{_esc(r["id"])}</code>{when}<br><span class="label">'
                f"{_esc(r['label'])}</span></button></li>"
            )
        parts.append("</ul></section>")
    return "".join(parts)


def annotate(
    brief: Brief, text: str | bytes, *, source: str | None = None, title: str | None = None
) -> str:
    """Return the evidence reader of *brief* on a source: one self-contained HTML page.

    The page shows your copy of the source with every span the brief cites highlighted
    by the kind of record that cites it. Hovering over or focusing a span lists the
    records that cite it (kind, id, what it is, date, status, stances); a side panel
    lists every record that cites the source, by kind, and selecting one scrolls to its
    spans and marks them. Where spans overlap, the text is cut at every span boundary,
    so it stays readable: each piece is tinted by the innermost span's kind and
    underlined once per kind citing it. Open ``page.html#select=<id>`` to select a
    record on load.

    The page loads nothing from anywhere (no network, no external scripts, styles or
    fonts) and escapes every text it shows.

    Args:
        brief: The brief whose citations to show.
        text: Your copy of the source: its bytes as read from the file (best: a
            difference of encoding or line endings can then be told) or its text.
        source: The id of the source *text* is a copy of; ``None`` for the brief's
            only source, or the one whose checksum *text* has.
        title: The page's title; by default "Evidence reader" and the brief's title.

    Returns:
        The page, as HTML text (write it with ``encoding="utf-8"``).

    Raises:
        SourceMismatchError: *text* is not the document the brief was cited against
            (checked first, by its SHA-256); its ``reason`` says how it differs.
        BriefError: The brief has no source, or several and *text* is none of them.

    >>> import idlib_brief, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "starter"
    >>> brief = idlib_brief.write_starter(folder)
    >>> page = idlib_brief.annotate(brief, (folder / "riverton-notes.txt").read_bytes())
    >>> page.startswith("<!DOCTYPE html>"), "://" in page  # it links to nothing
    (True, False)
    >>> page.count('class="rec"') == sum(1 for r in brief if idlib_brief.cited_spans(r))
    True

    .. versionadded:: 0.2.0
    """
    import json

    chosen, verified = pick_source(brief, text, source)
    records = [_record_data(brief, r, chosen.id) for r in brief]
    records = [r for r in records if r["spans"]]
    page_title = title if title is not None else f"Evidence reader: {brief.title or 'a brief'}"
    spans = sum(len(r["spans"]) for r in records)
    published = f", {chosen.published}" if chosen.published else ""
    data = json.dumps({"records": records, "colours": COLOURS}, ensure_ascii=False)
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    legend = "".join(
        f'<span class="key"><span class="swatch" style="background: {COLOURS[k.name]}"></span>'
        f"{_esc(k.name)}</span>"
        for k in REGISTRY
        if any(r["kind"] == k.name for r in records)
    )
    return _PAGE.format(
        title=_esc(page_title),
        source_title=_esc(chosen.title),
        publisher=_esc(chosen.publisher + published),
        sha=_esc(chosen.sha256),
        counts=f"{len(records)} records cite {spans} spans of this source.",
        legend=legend,
        text=_segments(verified, records),
        panel=_panel(records),
        data=data,
        style=_STYLE,
        script=_SCRIPT,
    )


_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p class="source"><strong>{source_title}</strong> ({publisher}).
Checked: this copy's SHA-256 is the brief's, <code>{sha}</code>. {counts}</p>
<p class="legend">{legend}<span class="hint">Hover over or select a highlighted passage to
see who cites it; pick a record on the right to mark its spans.</span></p>
</header>
<main>
<article id="text" class="text">{text}</article>
<aside id="side">
<div id="info" aria-live="polite"><p class="hint">Nothing selected.</p></div>
<nav id="records" aria-label="Records by kind">
<input type="search" id="filter" placeholder="Filter the records by id or words"
 aria-label="Filter the records">{panel}</nav>
</aside>
</main>
<div id="tip" role="tooltip" hidden></div>
<output id="self-check" data-ok="" hidden></output>
<script type="application/json" id="brief-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""

_STYLE = """
:root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ink); background: #fafaf9; }
header { padding: 0.8rem 1.5rem; border-bottom: 1px solid var(--line); background: #fff; }
h1 { font-size: 1.25rem; margin: 0 0 0.3rem; }
h3 { font-size: 0.95rem; margin: 0.9rem 0 0.3rem; }
.source { margin: 0.2rem 0; color: var(--muted); font-size: 0.9rem; }
.source code { font-size: 0.75rem; word-break: break-all; }
.legend { margin: 0.3rem 0 0; font-size: 0.85rem; }
.key { margin-right: 0.9rem; white-space: nowrap; }
.hint { color: var(--muted); font-size: 0.85rem; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px;
  margin-right: 0.3em; vertical-align: -0.05em; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 0; }
.text { white-space: pre-wrap; font: 17px/1.9 Georgia, "Times New Roman", serif;
  padding: 1.2rem 2rem; max-width: 50rem; overflow-wrap: anywhere; }
.seg { background: var(--bg); padding-bottom: 2px; cursor: pointer; border-radius: 2px; }
.seg:hover, .seg:focus { outline: 1px solid #111827; outline-offset: 1px; }
.seg.selected { background: #fde047; color: #000; }
#side { border-left: 1px solid var(--line); background: #fff; height: calc(100vh - 1px);
  position: sticky; top: 0; display: flex; flex-direction: column; }
#info { padding: 0.6rem 1rem; border-bottom: 1px solid var(--line); max-height: 45%;
  overflow: auto; font-size: 0.88rem; }
#records { padding: 0 1rem 1rem; overflow: auto; flex: 1; position: relative; }
#records ul { list-style: none; margin: 0; padding: 0; }
#filter { width: 100%; margin: 0.8rem 0 0; padding: 0.3rem 0.5rem; font: inherit;
  font-size: 0.85rem; border: 1px solid #d1d5db; border-radius: 4px; }
.rec { display: block; width: 100%; text-align: left; border: 1px solid transparent;
  background: none; padding: 0.25rem 0.4rem; border-radius: 4px; font: inherit;
  font-size: 0.85rem; color: inherit; cursor: pointer; }
.rec:hover, .rec:focus { border-color: var(--line); background: #f3f4f6; }
.rec.active { border-color: #a16207; background: #fef9c3; }
.rec code, .card code { font-size: 0.8rem; }
.when { color: var(--muted); font-size: 0.8rem; }
.card { border-left: 4px solid var(--c); padding: 0.2rem 0.6rem; margin: 0.4rem 0; }
.card .meta { color: var(--muted); }
.card ul { margin: 0.2rem 0 0; padding-left: 1.1rem; }
#tip { position: fixed; z-index: 10; max-width: 26rem; background: #fff;
  border: 1px solid #9ca3af; border-radius: 6px; padding: 0.3rem 0.6rem;
  box-shadow: 0 4px 14px rgba(0,0,0,.15); font-size: 0.85rem; pointer-events: none; }
@media (max-width: 60rem) { main { grid-template-columns: 1fr; }
  #side { position: static; height: auto; border-left: 0; } }
"""

_SCRIPT = """
"use strict";
const data = JSON.parse(document.getElementById("brief-data").textContent);
const byId = new Map(data.records.map(r => [r.id, r]));
const segs = Array.from(document.querySelectorAll(".seg"));
const idsOf = seg => seg.dataset.r.split(" ");
const info = document.getElementById("info");
const tip = document.getElementById("tip");

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function card(r) {
  const box = el("div", "card");
  box.style.setProperty("--c", data.colours[r.kind]);
  const head = el("div");
  head.append(el("strong", "", r.kind + " "), el("code", "", r.id));
  box.append(head, el("div", "", r.label));
  const by = r.by.length ? "by " + r.by.join(", ") : "";
  const meta = [r.when, r.status, by].filter(Boolean).join(" · ");
  if (meta) box.append(el("div", "meta", meta));
  if (r.stances.length) {
    const list = el("ul");
    for (const s of r.stances) list.append(el("li", "", s));
    box.append(list);
  }
  return box;
}

function showRecords(ids, where, heading) {
  where.replaceChildren(el("div", "hint", heading));
  for (const id of ids) {
    const c = card(byId.get(id));
    if (where === info) {
      c.tabIndex = 0;
      c.addEventListener("click", () => select(id));
    }
    where.append(c);
  }
}

function select(id) {
  const r = byId.get(id);
  if (!r) return false;
  for (const s of document.querySelectorAll(".selected")) s.classList.remove("selected");
  for (const b of document.querySelectorAll(".rec.active")) b.classList.remove("active");
  const marked = segs.filter(s => idsOf(s).includes(id));
  for (const s of marked) s.classList.add("selected");
  const button = document.querySelector('.rec[data-id="' + CSS.escape(id) + '"]');
  if (button) {
    button.classList.add("active");
    const nav = document.getElementById("records");  // scroll the panel, not the page
    const top = button.offsetTop;
    if (top < nav.scrollTop || top + button.offsetHeight > nav.scrollTop + nav.clientHeight) {
      nav.scrollTop = top - 60;
    }
  }
  const n = r.spans.length;
  showRecords([id], info, "Selected, " + n + (n === 1 ? " span:" : " spans:"));
  if (marked.length) marked[0].scrollIntoView({block: "nearest"});
  history.replaceState(null, "", "#select=" + encodeURIComponent(id));
  return true;
}

for (const s of segs) {
  s.addEventListener("mouseenter", () => {
    showRecords(idsOf(s), tip, "Cited by:");
    tip.hidden = false;
  });
  s.addEventListener("mousemove", e => {
    tip.style.left = Math.min(e.clientX + 14, innerWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = Math.min(e.clientY + 16, innerHeight - tip.offsetHeight - 8) + "px";
  });
  s.addEventListener("mouseleave", () => { tip.hidden = true; });
  const pin = () => showRecords(idsOf(s), info, "This passage is cited by:");
  s.addEventListener("click", pin);
  s.addEventListener("focus", pin);
}
for (const b of document.querySelectorAll(".rec")) {
  b.addEventListener("click", () => select(b.dataset.id));
}
document.getElementById("filter").addEventListener("input", e => {
  const words = e.target.value.toLowerCase().split(/\\s+/).filter(Boolean);
  for (const b of document.querySelectorAll(".rec")) {
    const text = b.textContent.toLowerCase();
    b.parentElement.hidden = !words.every(w => text.includes(w));
  }
});

function merged(spans) {
  const out = [];
  for (const [s, e] of spans.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    if (out.length && s <= out[out.length - 1][1]) {
      out[out.length - 1][1] = Math.max(out[out.length - 1][1], e);
    } else out.push([s, e]);
  }
  return JSON.stringify(out);
}

function selfCheck() {
  const marked = new Map();
  for (const s of segs) {
    for (const id of idsOf(s)) {
      if (!marked.has(id)) marked.set(id, []);
      marked.get(id).push([+s.dataset.s, +s.dataset.e]);
    }
  }
  const wrong = data.records.filter(r => merged(r.spans) !== merged(marked.get(r.id) || []));
  const listed = data.records.filter(
    r => document.querySelector('.rec[data-id="' + CSS.escape(r.id) + '"]'));
  const out = document.getElementById("self-check");
  out.dataset.records = String(data.records.length);
  out.dataset.listed = String(listed.length);
  out.dataset.wrong = wrong.map(r => r.id).join(" ");
  out.dataset.ok = String(!wrong.length && listed.length === data.records.length);
  out.textContent = out.dataset.ok === "true" ? "ok" : "not ok: " + out.dataset.wrong;
}

selfCheck();
const wanted = /^#select=(.+)$/.exec(location.hash);
if (wanted) {
  const id = decodeURIComponent(wanted[1]);
  document.getElementById("self-check").dataset.selected = select(id) ? id : "";
}
"""


present_as_public(globals())
