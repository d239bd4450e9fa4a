/* eventwire dashboard charts: small, dependency-free drawing on <canvas> and <svg>
   (the world map is drawn on the server: templates/_macros.html, world_map).
   Each chart element names a <script type="application/json"> holding its data;
   after drawing, the element carries data-drawn="<items drawn>" (0 when empty). */
"use strict";

const QUAD_COLORS = { 1: "#8fd19e", 2: "#2e9d57", 3: "#f0a35e", 4: "#d23c3c" };
const SVG_NS = "http://www.w3.org/2000/svg";

function readData(el) {
  const source = document.getElementById(el.dataset.source);
  return source ? JSON.parse(source.textContent) : null;
}

function setupCanvas(canvas) {
  const ctx = canvas.getContext("2d");
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.font = "11px system-ui, sans-serif";
  return ctx;
}

function axisLabels(ctx, periods, x0, x1, y) {
  if (!periods.length) return;
  ctx.fillStyle = "#6b7280";
  ctx.textAlign = "left";
  ctx.fillText(periods[0], x0, y);
  if (periods.length > 1) {
    ctx.textAlign = "right";
    ctx.fillText(periods[periods.length - 1], x1, y);
  }
  if (periods.length > 4) {
    ctx.textAlign = "center";
    ctx.fillText(periods[Math.floor(periods.length / 2)], (x0 + x1) / 2, y);
  }
}

function emptyNote(ctx, canvas, text) {
  ctx.fillStyle = "#6b7280";
  ctx.textAlign = "center";
  ctx.fillText(text, canvas.width / 2, canvas.height / 2);
}

/* Events per period, stacked by QuadClass (1 at the bottom). */
function drawStacked(canvas) {
  const data = readData(canvas);
  const ctx = setupCanvas(canvas);
  const series = (data && data.series) || [];
  const pad = { left: 40, right: 10, top: 12, bottom: 22 };
  const width = canvas.width - pad.left - pad.right;
  const height = canvas.height - pad.top - pad.bottom;
  const totals = series.map((row) => [1, 2, 3, 4].reduce((s, q) => s + (row[q] || 0), 0));
  const max = Math.max(0, ...totals);
  if (!series.length || max === 0) {
    emptyNote(ctx, canvas, "no dated events");
    canvas.dataset.drawn = "0";
    return;
  }
  const step = width / series.length;
  const barWidth = Math.max(1, step * 0.85);
  let drawn = 0;
  series.forEach((row, i) => {
    let y = pad.top + height;
    for (const q of [1, 2, 3, 4]) {
      const value = row[q] || 0;
      if (!value) continue;
      const h = (value / max) * height;
      ctx.fillStyle = QUAD_COLORS[q];
      ctx.fillRect(pad.left + i * step, y - h, barWidth, h);
      y -= h;
      drawn += 1;
    }
  });
  ctx.strokeStyle = "#c7ccd3";
  ctx.beginPath();
  ctx.moveTo(pad.left, pad.top + height + 0.5);
  ctx.lineTo(pad.left + width, pad.top + height + 0.5);
  ctx.stroke();
  ctx.fillStyle = "#6b7280";
  ctx.textAlign = "right";
  ctx.fillText(String(max), pad.left - 6, pad.top + 8);
  ctx.fillText("0", pad.left - 6, pad.top + height);
  axisLabels(ctx, series.map((r) => r.period), pad.left, pad.left + width, canvas.height - 6);
  canvas.dataset.drawn = String(drawn);
}

/* Dyad: counts per period (a->b up, b->a down) and mean Goldstein as dots on a -10..10 scale. */
function drawDyad(canvas) {
  const data = readData(canvas);
  const ctx = setupCanvas(canvas);
  const rows = (data && data.series) || [];
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  if (!periods.length) {
    emptyNote(ctx, canvas, "no events between these two");
    canvas.dataset.drawn = "0";
    return;
  }
  const pad = { left: 40, right: 40, top: 12, bottom: 22 };
  const width = canvas.width - pad.left - pad.right;
  const height = canvas.height - pad.top - pad.bottom;
  const mid = pad.top + height / 2;
  const max = Math.max(1, ...rows.map((r) => r.events));
  const step = width / periods.length;
  const index = new Map(periods.map((p, i) => [p, i]));
  ctx.strokeStyle = "#c7ccd3";
  ctx.beginPath();
  ctx.moveTo(pad.left, mid + 0.5);
  ctx.lineTo(pad.left + width, mid + 0.5);
  ctx.stroke();
  let drawn = 0;
  for (const r of rows) {
    const x = pad.left + index.get(r.period) * step;
    const h = (r.events / max) * (height / 2 - 4);
    const up = r.direction === "a->b";
    ctx.fillStyle = up ? "#3572c6" : "#9b59b6";
    ctx.globalAlpha = 0.55;
    ctx.fillRect(x, up ? mid - h : mid, Math.max(1, step * 0.8), h);
    ctx.globalAlpha = 1;
    const gy = mid - (r.mean_goldstein / 10) * (height / 2);
    ctx.fillStyle = r.mean_goldstein >= 0 ? "#2e9d57" : "#d23c3c";
    ctx.beginPath();
    ctx.arc(x + Math.max(1, step * 0.4), gy, 3.5, 0, 2 * Math.PI);
    ctx.fill();
    drawn += 1;
  }
  ctx.fillStyle = "#6b7280";
  ctx.textAlign = "right";
  ctx.fillText(String(max), pad.left - 6, pad.top + 8);
  ctx.fillText(String(max), pad.left - 6, pad.top + height);
  ctx.textAlign = "left";
  ctx.fillText("+10", pad.left + width + 6, pad.top + 8);
  ctx.fillText("0", pad.left + width + 6, mid + 4);
  ctx.fillText("-10", pad.left + width + 6, pad.top + height);
  axisLabels(ctx, periods, pad.left, pad.left + width, canvas.height - 6);
  canvas.dataset.drawn = String(drawn);
}

function svgEl(name, attrs, parent) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (parent) parent.appendChild(el);
  return el;
}

function goldsteinColor(g) {
  if (g > 0) return "#2e9d57";
  if (g < 0) return "#d23c3c";
  return "#9aa3ad";
}

/* Partners around the actor; edges coloured by mean Goldstein, width by event count. */
function drawNetwork(svg) {
  const data = readData(svg) || { partners: [] };
  svg.replaceChildren();
  const [cx, cy, radius] = [260, 200, 150];
  const partners = data.partners || [];
  const max = Math.max(1, ...partners.map((p) => p.events));
  const edges = svgEl("g", {}, svg);
  const nodes = svgEl("g", {}, svg);
  partners.forEach((p, i) => {
    const angle = (2 * Math.PI * i) / partners.length - Math.PI / 2;
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    const edge = svgEl("line", {
      x1: cx, y1: cy, x2: x, y2: y, class: "net-edge",
      stroke: goldsteinColor(p.mean_goldstein),
      "stroke-width": 1 + 7 * (p.events / max),
      "data-goldstein": p.mean_goldstein,
    }, edges);
    svgEl("title", {}, edge).textContent =
      `${data.center} – ${p.partner}: ${p.events} events, mean Goldstein ${p.mean_goldstein}`;
    const link = svgEl("a", { href: `/actors/${encodeURIComponent(p.partner)}` }, nodes);
    const node = svgEl("g", { class: "net-node" }, link);
    svgEl("circle", { cx: x, cy: y, r: 5 + 6 * Math.sqrt(p.events / max) }, node);
    const label = svgEl("text", {
      x: x + (x >= cx ? 12 : -12), y: y + 4, "text-anchor": x >= cx ? "start" : "end",
    }, node);
    label.textContent = `${p.partner} (${p.events})`;
  });
  const center = svgEl("g", { class: "net-node center" }, nodes);
  svgEl("circle", { cx, cy, r: 12 }, center);
  const label = svgEl("text", { x: cx, y: cy + 28, "text-anchor": "middle" }, center);
  label.textContent = data.center;
  svg.dataset.drawn = String(partners.length);
}

const DRAWERS = { stacked: drawStacked, dyad: drawDyad, network: drawNetwork };

function drawAll() {
  for (const el of document.querySelectorAll("[data-chart]")) {
    const draw = DRAWERS[el.dataset.chart];
    if (draw) draw(el);
  }
}

document.addEventListener("DOMContentLoaded", drawAll);
