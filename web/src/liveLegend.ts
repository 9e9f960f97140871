// The legend's live part: the track symbols (drawn with the map's own cached styles) and the incident overlay.

import { h } from "./dom";
import { type MessageKey, t } from "./i18n";
import { lineStyle, symbolStyle, TRACK_COLOURS, type SymbolClass } from "./layers/trackSymbols";
import Icon from "ol/style/Icon";
import CircleStyle from "ol/style/Circle";

interface Entry {
  key: MessageKey;
  draw(ctx: CanvasRenderingContext2D): void;
}

const W = 34;
const HGT = 22;

function drawImage(ctx: CanvasRenderingContext2D, cls: SymbolClass, faint: boolean): void {
  const style = symbolStyle(cls, faint ? "faint" : "firm", 1, 18); // heading bucket 18 = 90°: hull pointing east
  const image = style.getImage();
  if (image instanceof Icon) {
    const img = image.getImage(1) as HTMLCanvasElement;
    const w = img.width / 2;
    const hh = img.height / 2;
    ctx.save();
    ctx.translate(W / 2, HGT / 2);
    ctx.rotate(image.getRotation());
    ctx.drawImage(img, -w / 2, -hh / 2, w, hh);
    ctx.restore();
  } else if (image instanceof CircleStyle) {
    const img = image.getImage(1) as HTMLCanvasElement;
    ctx.drawImage(img, (W - img.width) / 2, (HGT - img.height) / 2);
  }
  // A short heading vector to the east, as on the map.
  const stroke = lineStyle("vector", cls, faint ? "faint" : "firm").getStroke();
  ctx.strokeStyle = String(stroke?.getColor() ?? TRACK_COLOURS[cls]);
  ctx.lineWidth = stroke?.getWidth() ?? 1;
  ctx.setLineDash(stroke?.getLineDash() ?? []);
  ctx.beginPath();
  ctx.moveTo(W / 2 + 7, HGT / 2);
  ctx.lineTo(W - 1, HGT / 2);
  ctx.stroke();
}

const ENTRIES: readonly Entry[] = [
  { key: "class.vessel-ais", draw: (ctx) => drawImage(ctx, "vessel-ais", false) },
  { key: "class.small-boat", draw: (ctx) => drawImage(ctx, "small-boat", false) },
  { key: "class.unknown", draw: (ctx) => drawImage(ctx, "unknown", false) },
  { key: "legend.faint", draw: (ctx) => drawImage(ctx, "small-boat", true) },
  {
    key: "legend.people",
    draw: (ctx) => {
      ctx.fillStyle = "#ffb27a";
      ctx.fillRect(6, 4, 22, 14);
      ctx.fillStyle = "#1a0a00";
      ctx.font = "700 11px monospace";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText("42", 17, 11.5);
    },
  },
  {
    key: "legend.trail",
    draw: (ctx) => {
      const stroke = lineStyle("trail", "small-boat", "firm").getStroke();
      ctx.strokeStyle = String(stroke?.getColor() ?? "#ff6a13");
      ctx.lineWidth = stroke?.getWidth() ?? 2;
      ctx.beginPath();
      ctx.moveTo(3, 17);
      ctx.quadraticCurveTo(15, 16, 31, 5);
      ctx.stroke();
    },
  },
  {
    key: "legend.drift50",
    draw: (ctx) => {
      ctx.strokeStyle = "#fb7185";
      ctx.lineWidth = 2;
      ctx.fillStyle = "rgba(251, 113, 133, 0.15)";
      ctx.beginPath();
      ctx.ellipse(W / 2, HGT / 2, 12, 7, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
    },
  },
  {
    key: "legend.drift90",
    draw: (ctx) => {
      ctx.strokeStyle = "#fbbf24";
      ctx.lineWidth = 1.6;
      ctx.setLineDash([5, 3]);
      ctx.beginPath();
      ctx.ellipse(W / 2, HGT / 2, 14, 8, 0, 0, Math.PI * 2);
      ctx.stroke();
    },
  },
  {
    key: "legend.plan",
    draw: (ctx) => {
      ctx.strokeStyle = "#22d3ee";
      ctx.lineWidth = 1.4;
      ctx.beginPath();
      ctx.moveTo(6, 17);
      ctx.lineTo(6, 5);
      ctx.lineTo(28, 5);
      ctx.lineTo(28, 17);
      ctx.lineTo(12, 17);
      ctx.lineTo(12, 10);
      ctx.stroke();
    },
  },
];

function symbol(entry: Entry): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(W * ratio);
  canvas.height = Math.round(HGT * ratio);
  canvas.className = "legend__symbol";
  canvas.setAttribute("aria-hidden", "true");
  const ctx = canvas.getContext("2d");
  if (ctx) {
    ctx.scale(ratio, ratio);
    entry.draw(ctx);
  }
  return canvas;
}

/** The "Live picture" legend group. */
export function liveLegendSection(): HTMLElement {
  return h(
    "div",
    { className: "legend__group" },
    h("h2", { className: "legend__heading", text: t("legend.tracks") }),
    h(
      "ul",
      { className: "legend__list" },
      ...ENTRIES.map((entry) => h("li", { className: "legend__item", dataset: { kind: entry.key } }, symbol(entry), h("span", { className: "legend__label", text: t(entry.key) }))),
    ),
  );
}
