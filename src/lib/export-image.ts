/**
 * Images of the board for slides. PNG: the panel as a person sees it
 * (caption, chart, legend, as-at date) drawn by html-to-image at twice its
 * size, so it stays sharp when a slide is enlarged; anything marked
 * `data-export-ignore` (buttons) is left out. SVG: the chart's own SVG,
 * every computed style written inline so it draws the same anywhere, with
 * a title, the caption lines and the band legend added, because the page's
 * legend and caption are HTML outside the chart's SVG.
 */
import { toBlob } from 'html-to-image';

export const EXPORT_PIXEL_RATIO = 2;

function keptInExport(node: HTMLElement): boolean {
  return !(node instanceof Element && node.hasAttribute('data-export-ignore'));
}

/** A PNG of an element at twice its size on screen, white behind it. */
export async function elementToPng(element: HTMLElement): Promise<Blob> {
  const blob = await toBlob(element, {
    pixelRatio: EXPORT_PIXEL_RATIO,
    backgroundColor: '#ffffff',
    filter: keptInExport,
    cacheBust: false,
  });
  if (!blob) throw new Error('The browser could not draw the image.');
  return blob;
}

/** The SVG presentation properties copied inline from the page's styles. */
const INLINE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

export interface SvgLegendItem {
  label: string;
  colour: string;
}

export interface ChartSvgOptions {
  title: string;
  /** Lines under the title: organisation, unit, as-at date, measure, caps. */
  caption: readonly string[];
  legend: readonly SvgLegendItem[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const LINE = 20;

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function textLine(text: string, y: number, size: number, weight = 'normal'): SVGElement {
  const element = svgElement('text', {
    x: 8,
    y,
    'font-family': FONT,
    'font-size': size,
    'font-weight': weight,
    fill: '#0b0c0c',
  });
  element.textContent = text;
  return element;
}

/** Copies the computed presentation styles of each element of `source` onto its clone. */
function inlineStyles(source: Element, clone: Element): void {
  const computed = window.getComputedStyle(source);
  const style = INLINE_PROPERTIES.map(
    (property) => `${property}:${computed.getPropertyValue(property)}`,
  ).join(';');
  clone.setAttribute('style', style);
  const sourceChildren = [...source.children];
  [...clone.children].forEach((child, position) => {
    const original = sourceChildren[position];
    if (original) inlineStyles(original, child);
  });
}

/** Links inside the chart (bars that open a unit) mean nothing in a file: keep their drawing only. */
function unwrapLinks(root: Element): void {
  for (const link of [...root.querySelectorAll('a')]) {
    const group = document.createElementNS(SVG_NS, 'g');
    group.append(...link.childNodes);
    link.replaceWith(group);
  }
}

/** The chart's SVG as a standalone file, with title, caption lines and legend drawn in. */
export function chartToSvg(chart: SVGSVGElement, options: ChartSvgOptions): string {
  const box = chart.getBoundingClientRect();
  const width = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const headerHeight = 12 + LINE * (1 + options.caption.length);
  const legendHeight = options.legend.length > 0 ? LINE + 12 : 0;
  const height = headerHeight + chartHeight + legendHeight;

  const root = svgElement('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
  });
  const title = svgElement('title', {});
  title.textContent = options.title;
  const desc = svgElement('desc', {});
  desc.textContent = options.caption.join(' ');
  root.append(title, desc, svgElement('rect', { width, height, fill: '#ffffff' }));
  root.append(textLine(options.title, LINE, 16, 'bold'));
  options.caption.forEach((line, position) =>
    root.append(textLine(line, LINE * (position + 2), 12)),
  );

  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  unwrapLinks(clone);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(headerHeight));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  root.append(clone);

  let x = 8;
  const legendY = headerHeight + chartHeight + LINE;
  for (const item of options.legend) {
    root.append(
      svgElement('rect', { x, y: legendY - 11, width: 12, height: 12, fill: item.colour }),
    );
    const label = textLine(item.label, legendY, 12);
    label.setAttribute('x', String(x + 16));
    root.append(label);
    // Text width is not measured off screen: an even 7 px per character keeps labels apart.
    x += 16 + item.label.length * 7 + 16;
  }
  return new XMLSerializer().serializeToString(root);
}
