// Small canvas-drawn symbols used by the styles: no image files, no network requests.

const SCALE = 2; // drawn at twice the size and scaled down, so symbols stay crisp on high-DPI screens

function canvas(size: number, scale = SCALE): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const el = document.createElement("canvas");
  el.width = size * scale;
  el.height = size * scale;
  const ctx = el.getContext("2d");
  if (!ctx) {
    throw new Error("2D canvas is not available");
  }
  ctx.scale(scale, scale);
  return [el, ctx];
}

export const SYMBOL_SCALE = 1 / SCALE;

/** A chart-style diagonal hatch, repeated as a fill pattern. */
export function hatchPattern(color: string, background: string, spacing = 7): CanvasPattern {
  const [el, ctx] = canvas(spacing, 1);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, spacing, spacing);
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.1;
  ctx.beginPath();
  // One diagonal plus the two corner pieces, so that tiles join seamlessly.
  ctx.moveTo(0, spacing);
  ctx.lineTo(spacing, 0);
  ctx.moveTo(-1, 1);
  ctx.lineTo(1, -1);
  ctx.moveTo(spacing - 1, spacing + 1);
  ctx.lineTo(spacing + 1, spacing - 1);
  ctx.stroke();
  const pattern = ctx.createPattern(el, "repeat");
  if (!pattern) {
    throw new Error("canvas pattern is not available");
  }
  return pattern;
}

/** An arrow pointing up (north), to be rotated to the lane direction. */
export function arrowCanvas(color: string, outline: string, length = 30): HTMLCanvasElement {
  const width = Math.round(length * 0.5);
  const [el, ctx] = canvas(length);
  const cx = length / 2;
  const head = length * 0.42;
  const shaft = width * 0.28;
  ctx.beginPath();
  ctx.moveTo(cx, 1.5);
  ctx.lineTo(cx + width / 2, head);
  ctx.lineTo(cx + shaft / 2, head);
  ctx.lineTo(cx + shaft / 2, length - 1.5);
  ctx.lineTo(cx - shaft / 2, length - 1.5);
  ctx.lineTo(cx - shaft / 2, head);
  ctx.lineTo(cx - width / 2, head);
  ctx.closePath();
  ctx.lineJoin = "round";
  ctx.lineWidth = 2;
  ctx.strokeStyle = outline;
  ctx.stroke();
  ctx.fillStyle = color;
  ctx.fill();
  return el;
}
