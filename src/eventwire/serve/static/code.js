/* "Code a text": POST the text to /api/code and show each event with its spans marked. */
"use strict";

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/* The same cutting as the server's highlight(): one <mark> per piece, classed by kind. */
function highlight(text, spans, offset) {
  const pieces = spans
    .map((s) => ({ kind: s.kind, start: Math.max(0, s.start - offset), end: Math.min(text.length, s.end - offset) }))
    .filter((s) => s.start < s.end);
  const cuts = [...new Set([0, text.length, ...pieces.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [left, right] = [cuts[i], cuts[i + 1]];
    const chunk = escapeHtml(text.slice(left, right));
    const kinds = [...new Set(pieces.filter((p) => p.start <= left && right <= p.end).map((p) => p.kind))];
    html += kinds.length ? `<mark class="hl ${kinds.join(" ")}">${chunk}</mark>` : chunk;
  }
  return html;
}

function eventSpans(e) {
  const spans = [];
  const add = (kind, s) => { if (s && s.start != null && s.end != null) spans.push({ kind, start: s.start, end: s.end }); };
  add("source", e.source);
  add("target", e.target);
  add("trigger", e.trigger);
  if (e.attribution) { add("speaker", e.attribution.speaker); add("cue", e.attribution.cue); }
  return spans;
}

function actorText(a) {
  return a ? `${escapeHtml(a.text)} <small>${escapeHtml(a.code || "unresolved")}</small>` : "—";
}

function renderEvents(events) {
  if (!events.length) return '<p class="empty">No events found in this text.</p>';
  return events.map((e) => `
    <div class="code-event" data-event-id="${escapeHtml(e.event_id)}">
      <div class="sentence">${highlight(e.sentence, eventSpans(e), e.sentence_start || 0)}</div>
      <div class="meta">${actorText(e.source)} → ${actorText(e.target)} ·
        <span class="quad q${e.quad_class}">Q${e.quad_class}</span>
        ${escapeHtml(e.plover.type || "—")} · CAMEO ${escapeHtml(e.cameo.code)} ${escapeHtml(e.cameo.name || "")} ·
        <span class="modality ${escapeHtml(e.modality)}">${escapeHtml(e.modality)}</span> · ${escapeHtml(e.date || "undated")}
        ${e.attribution ? ` · said by ${escapeHtml(e.attribution.speaker.text)}` : ""}</div>
    </div>`).join("");
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("code-form");
  const status = document.getElementById("code-status");
  const results = document.getElementById("code-results");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.className = "status";
    status.textContent = "coding…";
    const body = { text: document.getElementById("code-text").value };
    const date = document.getElementById("code-date").value;
    if (date) body.date = date;
    try {
      const response = await fetch("/api/code", {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
      });
      const data = await response.json();
      if (!response.ok) throw new Error(data.error || response.statusText);
      status.textContent = `${data.count} events (not stored)`;
      results.innerHTML = renderEvents(data.events);
    } catch (error) {
      status.className = "status error";
      status.textContent = String(error.message || error);
    }
  });
});
