/**
 * Pictures of the diagram for reviewers: PNG and SVG with a title block
 * (design title, owner, change ticket, date) and a legend, captured with
 * html-to-image as React Flow documents it. html-to-image is loaded on first
 * use, keeping it out of the initial bundle.
 */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import type { DesignMeta } from '../../model/design/schema';

const PADDING = 0.08;
const MAX_SIDE = 4000;
const TITLE_HEIGHT = 64;
const LEGEND_HEIGHT = 44;

export const LEGEND_ITEMS: readonly { label: string; stroke: string; dash?: string; width?: number }[] = [
  { label: 'Documented flow', stroke: '#4b5563' },
  { label: 'Depends on an option', stroke: '#4b5563', dash: '7 4' },
  { label: 'Crosses zones', stroke: '#1f5fbf', width: 2.6 },
  { label: 'Local to one host', stroke: '#8a94a3', dash: '2 3' },
  { label: 'Drawn by you', stroke: '#7a3fb5' },
];

/** The captured diagram alone, as a data URL of the given kind. */
async function captureDiagram(nodes: Node[], kind: 'png' | 'svg'): Promise<{ url: string; width: number; height: number }> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('the canvas is empty');
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1.5, MAX_SIDE / Math.max(bounds.width, bounds.height));
  const width = Math.max(400, Math.round(bounds.width * scale * (1 + 2 * PADDING)));
  const height = Math.max(240, Math.round(bounds.height * scale * (1 + 2 * PADDING)));
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.05, 2, PADDING);
  const { toPng, toSvg } = await import('html-to-image');
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  };
  const url = kind === 'png' ? await toPng(viewport, { ...options, pixelRatio: 1 }) : await toSvg(viewport, options);
  return { url, width, height };
}

function titleLines(meta: DesignMeta, date: string): [string, string] {
  const details = [meta.owner && `Owner: ${meta.owner}`, meta.changeTicket && `Change: ${meta.changeTicket}`, `Date: ${date}`].filter(Boolean).join('   ');
  return [meta.title, details];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

export async function diagramSvg(nodes: Node[], meta: DesignMeta, date: string): Promise<string> {
  const diagram = await captureDiagram(nodes, 'svg');
  const width = diagram.width;
  const height = TITLE_HEIGHT + diagram.height + LEGEND_HEIGHT;
  const [title, details] = titleLines(meta, date);
  const legend = LEGEND_ITEMS.map((item, i) => {
    const x = 16 + i * 190;
    const y = TITLE_HEIGHT + diagram.height + 22;
    return `<line x1="${x}" y1="${y}" x2="${x + 36}" y2="${y}" stroke="${item.stroke}" stroke-width="${item.width ?? 1.5}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/><text x="${x + 44}" y="${y + 4}" font-size="12">${escapeXml(item.label)}</text>`;
  }).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="20" font-weight="600">${escapeXml(title)}</text>`,
    `<text x="16" y="50" font-size="12" fill="#5f6b7a">${escapeXml(details)}</text>`,
    `<line x1="0" y1="${TITLE_HEIGHT - 4}" x2="${width}" y2="${TITLE_HEIGHT - 4}" stroke="#d5d9e0"/>`,
    `<image x="0" y="${TITLE_HEIGHT}" width="${diagram.width}" height="${diagram.height}" href="${escapeXml(diagram.url)}"/>`,
    legend,
    `</svg>`,
  ].join('\n');
}

export async function diagramPng(nodes: Node[], meta: DesignMeta, date: string): Promise<Blob> {
  const diagram = await captureDiagram(nodes, 'png');
  const canvas = document.createElement('canvas');
  canvas.width = diagram.width;
  canvas.height = TITLE_HEIGHT + diagram.height + LEGEND_HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the picture');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const [title, details] = titleLines(meta, date);
  context.fillStyle = '#1d2430';
  context.font = '600 20px system-ui, sans-serif';
  context.fillText(title, 16, 28, canvas.width - 32);
  context.fillStyle = '#5f6b7a';
  context.font = '12px system-ui, sans-serif';
  context.fillText(details, 16, 50, canvas.width - 32);
  const image = new Image();
  image.src = diagram.url;
  await image.decode();
  context.drawImage(image, 0, TITLE_HEIGHT);
  LEGEND_ITEMS.forEach((item, i) => {
    const x = 16 + i * 190;
    const y = TITLE_HEIGHT + diagram.height + 22;
    context.strokeStyle = item.stroke;
    context.lineWidth = item.width ?? 1.5;
    context.setLineDash(item.dash ? item.dash.split(' ').map(Number) : []);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 36, y);
    context.stroke();
    context.fillStyle = '#1d2430';
    context.fillText(item.label, x + 44, y + 4);
  });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
