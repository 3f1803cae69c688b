/**
 * The view as an image: an SVG drawn from what the canvas shows (nodes, curved lines with arrow
 * heads, the placed labels), and a PNG rendered from that SVG, so both look the same.
 */
import { curvePoint } from "./geometry.js";
import type { Snapshot } from "./graph-view.js";

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

function nodeShape(node: Snapshot["nodes"][number]): string {
  const { x, y, r, color } = node;
  if (node.shape === "square")
    return `<rect x="${round(x - r)}" y="${round(y - r)}" width="${round(2 * r)}" height="${round(2 * r)}" fill="${color}"/>`;
  if (node.shape === "ring")
    return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r * 0.84)}" fill="#ffffff" stroke="${color}" stroke-width="${round(r * 0.32)}"/>`;
  return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}" fill="${color}"/>`;
}

export function toSvg(snapshot: Snapshot, title: string): string {
  const lines = snapshot.lines.map((line) => {
    const mid = curvePoint(line.from, line.to, line.curvature, 0.5);
    // The control point that makes the quadratic curve pass through `mid`.
    const cx = 2 * mid.x - (line.from.x + line.to.x) / 2;
    const cy = 2 * mid.y - (line.from.y + line.to.y) / 2;
    return `<path d="M${round(line.from.x)},${round(line.from.y)} Q${round(cx)},${round(cy)} ${round(line.to.x)},${round(line.to.y)}" fill="none" stroke="${line.color}" stroke-width="${round(Math.max(1, line.size))}"/>`;
  });
  const labels = snapshot.labels.map(
    (label) =>
      `<rect x="${round(label.x - 2)}" y="${round(label.y)}" width="${round(label.width + 4)}" height="${round(label.height)}" fill="#ffffff" fill-opacity="0.75"/>` +
      `<text x="${round(label.x)}" y="${round(label.y + label.height / 2)}" dominant-baseline="middle">${escape(label.text)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${snapshot.width}" height="${snapshot.height}" viewBox="0 0 ${snapshot.width} ${snapshot.height}" font-family="Inter, 'Segoe UI', system-ui, sans-serif" font-size="14" font-weight="500" fill="#1d2433">`,
    `<title>${escape(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="lines">${lines.join("")}</g>`,
    `<g class="nodes">${snapshot.nodes.map(nodeShape).join("")}</g>`,
    `<g class="labels">${labels.join("")}</g>`,
    "</svg>",
  ].join("\n");
}

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
