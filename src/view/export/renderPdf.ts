import type { Core } from 'cytoscape';
import type { ImagePlan, ImageRequest } from './imagePlan';
import { renderSvgDocument } from './renderSvg';

/** PDF pages may not be larger than 14,400 points a side. */
const MAX_PAGE = 14_400;

/**
 * The picture as a one-page vector PDF: the SVG drawing converted by svg2pdf.js into jsPDF, the
 * page the size of the picture (one layout unit a point, shrunk to fit PDF's largest page).
 * Both libraries load on first use, so they never slow the first screen.
 */
export async function renderPdf(cy: Core, request: ImageRequest, plan: ImagePlan): Promise<Blob> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const { width, height } = plan.layout;
  const fit = Math.min(1, MAX_PAGE / width, MAX_PAGE / height);
  const [w, h] = [width * fit, height * fit];
  const pdf = new jsPDF({
    orientation: w >= h ? 'landscape' : 'portrait',
    unit: 'pt',
    format: [w, h],
    compress: true,
  });
  const svg = renderSvgDocument(cy, request, plan, false).documentElement;
  // svg2pdf reads computed styles: the drawing is attached while it converts.
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-20000px;top:0;pointer-events:none';
  host.setAttribute('aria-hidden', 'true');
  host.append(document.importNode(svg, true));
  document.body.append(host);
  try {
    await pdf.svg(host.firstElementChild as Element, { x: 0, y: 0, width: w, height: h });
  } finally {
    host.remove();
  }
  pdf.setProperties({ title: 'Dossier export', creator: 'Dossier' });
  return pdf.output('blob');
}
