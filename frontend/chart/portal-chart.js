/*
 * <portal-chart>: a bar, horizontal bar or doughnut chart drawn by Chart.js (MIT licence).
 *
 * Properties (set by the Java component com.complianceportal.base.ui.chart.Chart):
 *   kind       'bar' | 'horizontal-bar' | 'doughnut'
 *   labels     string[]                                  category names (untrusted text: never parsed as HTML)
 *   series     {name, values: number[], colours: string[]}[]
 *   chartTitle string, drawn above the chart and used as the accessible name
 *   clickable  boolean: bars/segments can be clicked (and chosen with the keyboard)
 *
 * Colours may be any CSS colour, including Lumo properties such as 'var(--lumo-error-color)'; they are
 * resolved against the page, so the chart follows Lumo light and dark (html[theme], color-scheme).
 * Event: 'chart-click' with detail {index, label, series} when a bar or segment is clicked.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale,
  Title, Tooltip);

const PALETTE = [
  'var(--lumo-primary-color, #1676f3)',
  'var(--lumo-success-color, #0b8a4a)',
  'var(--lumo-warning-color, #ffc72f)',
  'var(--lumo-error-color, #e3281e)',
  'var(--lumo-contrast-50pct, #8a8a8a)',
  'var(--lumo-primary-color-50pct, #8bb9f7)',
];
const KINDS = ['bar', 'horizontal-bar', 'doughnut'];
const PROPERTIES = ['kind', 'labels', 'series', 'chartTitle', 'clickable'];
const MAX_TICK_CHARS = 24;

const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host { display: block; position: relative; height: 18rem; min-width: 0; box-sizing: border-box; }
    :host([hidden]) { display: none; }
    :host([clickable]) canvas { cursor: pointer; }
    :host(:focus-visible) { outline: 2px solid var(--lumo-primary-color-50pct, #1676f380); outline-offset: 2px; }
    .frame { position: relative; width: 100%; height: 100%; }
    .probe { position: absolute; width: 0; height: 0; overflow: hidden; }
    .sr-only {
      position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
      overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
    }
  </style>
  <div class="frame"><canvas role="img"></canvas></div>
  <span class="probe" aria-hidden="true"></span>
  <div class="sr-only"><table></table><div aria-live="polite"></div></div>
`;

class PortalChart extends HTMLElement {
  constructor() {
    super();
    this._state = { kind: 'bar', labels: [], series: [], chartTitle: '', clickable: false };
    this._active = -1;
    const root = this.attachShadow({ mode: 'open' });
    root.appendChild(template.content.cloneNode(true));
    this._canvas = root.querySelector('canvas');
    this._probe = root.querySelector('.probe');
    this._table = root.querySelector('table');
    this._live = root.querySelector('[aria-live]');
    this._onKey = (event) => this._handleKey(event);
    this._onBlur = () => this._setActive(-1);
    this._onSchemeChange = () => this._applyTheme();
  }

  connectedCallback() {
    // Values set before the element was defined are own properties that hide the accessors: move them over.
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._observer = new MutationObserver(this._onSchemeChange);
    this._observer.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style', 'class'] });
    this._media = window.matchMedia('(prefers-color-scheme: dark)');
    this._media.addEventListener('change', this._onSchemeChange);
    this.addEventListener('keydown', this._onKey);
    this.addEventListener('blur', this._onBlur);
    this._render();
  }

  disconnectedCallback() {
    this._observer?.disconnect();
    this._media?.removeEventListener('change', this._onSchemeChange);
    this.removeEventListener('keydown', this._onKey);
    this.removeEventListener('blur', this._onBlur);
    this._chart?.destroy();
    this._chart = undefined;
  }

  get kind() { return this._state.kind; }
  set kind(value) { this._set('kind', KINDS.includes(value) ? value : 'bar'); }

  get labels() { return this._state.labels; }
  set labels(value) { this._set('labels', Array.isArray(value) ? value.map((label) => String(label ?? '')) : []); }

  get series() { return this._state.series; }
  set series(value) { this._set('series', Array.isArray(value) ? value.map(normaliseSeries) : []); }

  get chartTitle() { return this._state.chartTitle; }
  set chartTitle(value) { this._set('chartTitle', value == null ? '' : String(value)); }

  get clickable() { return this._state.clickable; }
  set clickable(value) {
    this._set('clickable', Boolean(value));
    this.toggleAttribute('clickable', this._state.clickable);
    if (this._state.clickable) {
      this.setAttribute('tabindex', '0');
    } else {
      this.removeAttribute('tabindex');
    }
  }

  _set(name, value) {
    this._state[name] = value;
    if (!this._renderQueued) {
      this._renderQueued = true;
      queueMicrotask(() => {
        this._renderQueued = false;
        this._render();
      });
    }
  }

  _render() {
    if (!this.isConnected) {
      return;
    }
    this._active = -1;
    this._describe();
    this._chart?.destroy();
    this._chart = new Chart(this._canvas, this._config());
  }

  _applyTheme() {
    if (!this._chart) {
      return;
    }
    const fresh = this._config();
    this._chart.data.datasets.forEach((dataset, i) => Object.assign(dataset, colourProps(fresh.data.datasets[i])));
    this._chart.options = fresh.options;
    this._chart.update('none');
  }

  /** The series drawn: a doughnut shows the first only. */
  _shownSeries() {
    return this._state.kind === 'doughnut' ? this._state.series.slice(0, 1) : this._state.series;
  }

  _config() {
    const { kind, labels, chartTitle, clickable } = this._state;
    const series = this._shownSeries();
    const doughnut = kind === 'doughnut';
    const text = this._resolve('var(--lumo-body-text-color, #1f2937)');
    const secondary = this._resolve('var(--lumo-secondary-text-color, #4b5563)');
    const grid = this._resolve('var(--lumo-contrast-10pct, #e5e7eb)');
    const base = this._resolve('var(--lumo-base-color, #ffffff)');
    const font = { family: getComputedStyle(this).fontFamily || undefined };
    const datasets = series.map((s, i) => {
      const colours = s.colours.length > 0 ? s.colours.map((c) => this._resolve(c))
        : doughnut ? labels.map((_, j) => this._resolve(PALETTE[j % PALETTE.length]))
          : [this._resolve(PALETTE[i % PALETTE.length])];
      const colour = colours.length === 1 ? colours[0] : colours;
      return {
        label: s.name,
        data: s.values,
        backgroundColor: colour,
        borderColor: doughnut ? base : colour,
        borderWidth: doughnut ? 2 : 0,
        hoverBackgroundColor: colour,
        hoverBorderColor: doughnut ? base : colour,
        borderRadius: doughnut ? 0 : 3,
        maxBarThickness: 48,
      };
    });
    const axis = (categories) => ({
      ticks: {
        color: secondary,
        font,
        precision: 0,
        autoSkip: !categories,
        callback: categories ? function tick(value) { return shorten(this.getLabelForValue(value), this.chart.width); } : undefined,
      },
      grid: { color: categories ? 'transparent' : grid },
      border: { color: grid },
      beginAtZero: true,
    });
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    return {
      type: doughnut ? 'doughnut' : 'bar',
      data: { labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : { duration: 300 },
        indexAxis: kind === 'horizontal-bar' ? 'y' : 'x',
        color: text,
        font,
        scales: doughnut ? {} : {
          x: axis(kind !== 'horizontal-bar'),
          y: axis(kind === 'horizontal-bar'),
        },
        plugins: {
          title: { display: chartTitle.length > 0, text: chartTitle, color: text, font: { ...font, size: 14, weight: '600' } },
          legend: {
            display: doughnut || series.length > 1,
            position: 'bottom',
            labels: { color: text, font, boxWidth: 12, boxHeight: 12 },
          },
          tooltip: { enabled: true },
        },
        onClick: (_event, elements) => {
          if (elements.length > 0) {
            this._click(elements[0].index, elements[0].datasetIndex);
          }
        },
        onHover: (event, elements) => {
          if (event.native?.target) {
            event.native.target.style.cursor = clickable && elements.length > 0 ? 'pointer' : 'default';
          }
        },
      },
    };
  }

  /** A CSS colour expression (e.g. var(--lumo-error-color)) as a concrete colour that a canvas can use. */
  _resolve(expression) {
    this._probe.style.color = '';
    this._probe.style.color = expression;
    return getComputedStyle(this._probe).color;
  }

  _click(index, seriesIndex) {
    if (!this._state.clickable) {
      return;
    }
    this.dispatchEvent(new CustomEvent('chart-click', {
      detail: { index, label: this._state.labels[index] ?? '', series: seriesIndex ?? 0 },
      bubbles: true,
      composed: true,
    }));
  }

  _handleKey(event) {
    const count = this._state.labels.length;
    if (!this._state.clickable || count === 0) {
      return;
    }
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      const start = this._active < 0 ? (moves[event.key] > 0 ? -1 : 0) : this._active;
      this._setActive((start + moves[event.key] + count) % count);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      this._setActive(event.key === 'Home' ? 0 : count - 1);
    } else if ((event.key === 'Enter' || event.key === ' ') && this._active >= 0) {
      event.preventDefault();
      this._click(this._active, 0);
    }
  }

  _setActive(index) {
    this._active = index;
    if (!this._chart) {
      return;
    }
    const active = index < 0 ? [] : this._chart.data.datasets.map((_, datasetIndex) => ({ datasetIndex, index }));
    this._chart.setActiveElements(active);
    this._chart.tooltip.setActiveElements(active, { x: 0, y: 0 });
    this._chart.update('none');
    this._live.textContent = index < 0 ? '' : this._summaryOf(index);
  }

  _summaryOf(index) {
    const values = this._shownSeries().map((s) => `${s.name}: ${formatNumber(s.values[index])}`).join(', ');
    return `${this._state.labels[index]}, ${values}`;
  }

  /** The accessible name and the visually hidden data table. Labels only ever go into textContent. */
  _describe() {
    const { kind, labels, chartTitle, clickable } = this._state;
    const series = this._shownSeries();
    const kindName = { bar: 'Bar chart', 'horizontal-bar': 'Horizontal bar chart', doughnut: 'Doughnut chart' }[kind];
    const name = chartTitle ? `${chartTitle}, ${kindName.toLowerCase()}` : kindName;
    const hint = clickable ? ' Use the arrow keys to choose an item and Enter to open it.' : '';
    this._canvas.setAttribute('aria-label', `${name} with ${labels.length} items; data table follows.${hint}`);
    if (clickable) {
      this.setAttribute('role', 'group');
      this.setAttribute('aria-label', `${name}.${hint}`);
    } else {
      this.removeAttribute('role');
      this.removeAttribute('aria-label');
    }

    const table = this._table;
    table.replaceChildren();
    const caption = document.createElement('caption');
    caption.textContent = chartTitle || kindName;
    const head = document.createElement('tr');
    head.append(cell('th', 'Item', 'col'), ...series.map((s) => cell('th', s.name, 'col')));
    const body = document.createElement('tbody');
    labels.forEach((label, i) => {
      const row = document.createElement('tr');
      row.append(cell('th', label, 'row'), ...series.map((s) => cell('td', formatNumber(s.values[i]))));
      body.append(row);
    });
    const thead = document.createElement('thead');
    thead.append(head);
    table.append(caption, thead, body);
  }
}

function normaliseSeries(value) {
  const s = value ?? {};
  return {
    name: String(s.name ?? ''),
    values: Array.isArray(s.values) ? s.values.map((v) => (typeof v === 'number' ? v : Number(v) || 0)) : [],
    colours: Array.isArray(s.colours) ? s.colours.map(String) : [],
  };
}

function colourProps(dataset) {
  const { backgroundColor, borderColor, hoverBackgroundColor, hoverBorderColor } = dataset ?? {};
  return { backgroundColor, borderColor, hoverBackgroundColor, hoverBorderColor };
}

function cell(tag, text, scope) {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) {
    element.setAttribute('scope', scope);
  }
  return element;
}

/** Long axis labels are cut (the tooltip and the data table keep them whole); more on narrow charts. */
function shorten(label, chartWidth) {
  const text = String(label ?? '');
  const max = Math.min(MAX_TICK_CHARS, Math.max(8, Math.floor(chartWidth / 28)));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function formatNumber(value) {
  return typeof value === 'number' ? value.toLocaleString() : '';
}

if (!customElements.get('portal-chart')) {
  customElements.define('portal-chart', PortalChart);
}
