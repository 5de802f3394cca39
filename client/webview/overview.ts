/**
 * The Corpus overview page's script (bundled with Chart.js into dist/webview/overview.js): draws the bars of
 * the most mentioned entities per type, the speakers' quotation counts and the people × organisations matrix
 * from the data the extension posts, in the theme's colours (the `--vscode-…` variables, including the
 * `presstag.*` tag colours), again when the theme changes. Names reach the page only as text or canvas
 * drawing, never as HTML. A click on a bar or a cell filters the side-bar views.
 */

import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration, type ChartEvent, type ActiveElement } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { TOKEN_TYPE_OF } from '../../server/src/lsp/protocol';
import { shorten } from '../src/views/labels';
import { matrixCells, speakerBars, summaryLine, topEntityBars, type Bar, type MatrixCell } from './chartData';
import type { FromWebview, ToWebview } from './messages';
import './overview.css';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, MatrixController, MatrixElement);

const vscode = acquireVsCodeApi();
const BAR_HEIGHT_PX = 24;
/** Longer names are shortened on the axes (the tooltip shows them whole): Chart.js gives a y axis at most part of a small chart's width. */
const AXIS_LABEL_LENGTH = 24;
const SMALL_AXIS_LABEL_LENGTH = 18;
let charts: Chart[] = [];
let last: Extract<ToWebview, { type: 'overview' }> | undefined;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'overview') {
    last = message;
    render(message);
  } else if (message.type === 'status') {
    last = undefined;
    clear();
    element('summary').textContent = message.text;
    element('overview').hidden = true;
  }
});
new MutationObserver(() => last && render(last)).observe(document.body, { attributes: true, attributeFilter: ['class'] });
vscode.postMessage({ type: 'ready' });

function render(message: Extract<ToWebview, { type: 'overview' }>): void {
  clear();
  const { overview } = message;
  element('summary').textContent = summaryLine(overview, message.scopeLabel);
  element('overview').hidden = false;
  setDefaults();

  const grid = element('top-entities');
  grid.replaceChildren();
  const sections = topEntityBars(overview);
  if (sections.length === 0) {
    grid.append(note('No entities yet.'));
  }
  for (const section of sections) {
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    caption.textContent = section.heading;
    const box = document.createElement('div');
    box.className = 'chart';
    const canvas = document.createElement('canvas');
    box.append(canvas);
    figure.append(caption, box);
    grid.append(figure);
    charts.push(barChart(canvas, section.bars, { colourVariable: `--vscode-presstag-${TOKEN_TYPE_OF[section.type]}`, title: section.heading, labelLength: SMALL_AXIS_LABEL_LENGTH }));
  }

  const speakers = speakerBars(overview);
  replaceChart('speakers-box', speakers.length === 0 ? 'No quotation has a known speaker yet.' : (canvas) => barChart(canvas, speakers, { colourVariable: '--vscode-presstag-quotation', title: 'Quotations per speaker', labelLength: AXIS_LABEL_LENGTH }));
  const cells = matrixCells(overview.cooccurrence);
  replaceChart('cooccurrence-box', cells.length === 0 ? 'No people or no organisations yet.' : (canvas) => matrixChart(canvas, cells, overview.cooccurrence));
  // How many charts were drawn: the UI test waits for this attribute.
  document.body.dataset.rendered = String(charts.length);
}

function replaceChart(boxId: string, content: string | ((canvas: HTMLCanvasElement) => Chart)): void {
  const box = element(boxId);
  if (typeof content === 'string') {
    box.replaceChildren(note(content));
    return;
  }
  const canvas = document.createElement('canvas');
  box.replaceChildren(canvas);
  charts.push(content(canvas));
}

interface BarChartOptions {
  readonly colourVariable: string;
  readonly title: string;
  readonly labelLength: number;
}

function barChart(canvas: HTMLCanvasElement, bars: readonly Bar[], options: BarChartOptions): Chart {
  sizeBox(canvas, bars.length * BAR_HEIGHT_PX + 24);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${options.title}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}`);
  const colour = themeColour(options.colourVariable, '--vscode-charts-blue');
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: bars.map((bar) => shorten(bar.label, options.labelLength)),
      datasets: [{ data: bars.map((bar) => bar.value), backgroundColor: colour, borderRadius: 2, barPercentage: 0.8 }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: themeColour('--vscode-charts-lines', '--vscode-foreground') } }, y: { grid: { display: false }, ticks: { autoSkip: false } } },
      plugins: { tooltip: { callbacks: { title: (items) => bars[items[0].dataIndex].label, label: (item) => bars[item.dataIndex].detail } } },
      onClick: (_event: ChartEvent, active: ActiveElement[]) => active.length > 0 && filter(bars[active[0].index].label),
    },
  };
  return new Chart(canvas, config);
}

function matrixChart(canvas: HTMLCanvasElement, cells: readonly MatrixCell[], cooccurrence: { readonly rows: readonly string[]; readonly columns: readonly string[] }): Chart {
  sizeBox(canvas, cooccurrence.rows.length * 28 + 140);
  canvas.setAttribute('role', 'img');
  const pairs = cells.filter((cell) => cell.v > 0).map((cell) => `${cell.y} and ${cell.x}: ${cell.v}`);
  canvas.setAttribute('aria-label', `Documents naming a person and an organisation: ${pairs.join(', ') || 'none'}`);
  const colour = themeColour('--vscode-presstag-organization', '--vscode-charts-blue');
  const empty = themeColour('--vscode-editorWidget-background', '--vscode-editor-background');
  const config: ChartConfiguration<'matrix', MatrixCell[]> = {
    type: 'matrix',
    data: {
      datasets: [
        {
          data: [...cells],
          backgroundColor: (context) => {
            const cell = context.dataset.data[context.dataIndex] as MatrixCell | undefined;
            return cell && cell.v > 0 ? withAlpha(colour, 0.25 + 0.75 * cell.strength) : empty;
          },
          borderColor: themeColour('--vscode-editor-background', '--vscode-foreground'),
          borderWidth: 1,
          width: ({ chart }) => (chart.chartArea?.width ?? 0) / Math.max(1, cooccurrence.columns.length) - 1,
          height: ({ chart }) => (chart.chartArea?.height ?? 0) / Math.max(1, cooccurrence.rows.length) - 1,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { type: 'category', labels: [...cooccurrence.columns], offset: true, grid: { display: false }, ticks: { callback: (_value, index) => shorten(cooccurrence.columns[index] ?? '', SMALL_AXIS_LABEL_LENGTH), maxRotation: 60, autoSkip: false } },
        y: { type: 'category', labels: [...cooccurrence.rows], offset: true, reverse: false, grid: { display: false }, ticks: { callback: (_value, index) => shorten(cooccurrence.rows[index] ?? '', AXIS_LABEL_LENGTH), autoSkip: false } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: () => '',
            label: (item) => {
              const cell = item.raw as MatrixCell;
              return `${cell.y} × ${cell.x}: ${cell.v} document${cell.v === 1 ? '' : 's'}`;
            },
          },
        },
      },
      onClick: (_event: ChartEvent, active: ActiveElement[]) => active.length > 0 && filter(cells[active[0].index].y),
    },
  };
  return new Chart(canvas, config);
}

/** Chart.js reads text and lines from these defaults; they follow the theme. */
function setDefaults(): void {
  Chart.defaults.color = themeColour('--vscode-foreground', '--vscode-editor-foreground');
  Chart.defaults.borderColor = themeColour('--vscode-charts-lines', '--vscode-foreground');
  Chart.defaults.font.family = themeColour('--vscode-font-family', '--vscode-editor-font-family') || 'sans-serif';
  const size = parseFloat(themeColour('--vscode-font-size', '--vscode-editor-font-size'));
  Chart.defaults.font.size = Number.isFinite(size) ? size : 13;
}

function themeColour(variable: string, fallback: string): string {
  const style = getComputedStyle(document.body);
  return (style.getPropertyValue(variable) || style.getPropertyValue(fallback)).trim();
}

/** `#rrggbb` or `#rrggbbaa` with a new alpha; other colour syntaxes are returned as they are. */
function withAlpha(colour: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(colour);
  return hex ? `#${hex[1]}${Math.round(alpha * 255).toString(16).padStart(2, '0')}` : colour;
}

/** The canvas's box sets the chart's height (Chart.js fills its parent); set through the CSSOM, which the CSP allows. */
function sizeBox(canvas: HTMLCanvasElement, heightPx: number): void {
  const box = canvas.parentElement;
  if (box) {
    box.style.height = `${heightPx}px`;
  }
}

function filter(text: string): void {
  vscode.postMessage({ type: 'filter', text });
}

function clear(): void {
  for (const chart of charts) {
    chart.destroy();
  }
  charts = [];
}

function note(text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'note';
  paragraph.textContent = text;
  return paragraph;
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`the overview page has no #${id}`);
  }
  return found;
}
