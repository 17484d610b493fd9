// <rejoin-figure-chart>: a line or bar chart of a few series, drawn by Chart.js, driven by FigureChart (Java).
// The server sends every label, colour, dash and the spoken summary as one JSON property; this file only
// draws. The canvas lives in the shadow root; the table of figures Flow adds (or, with nothing to draw, its
// sentence saying so) is slotted under it.
import { LitElement, html, css } from 'lit';
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  Legend, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  Legend, Tooltip);

function parse(json) {
  if (!json) return null;
  try { return JSON.parse(json); } catch (e) { return null; }
}

function formatted(value, dataset) {
  return `${Number(value).toLocaleString('en-GB', { maximumFractionDigits: dataset.decimals })}${dataset.unit}`;
}

// Each bar's value written above it, so a bar reads without its colour or a pointer
const barValues = {
  id: 'rejoinBarValues',
  afterDatasetsDraw(chart) {
    if (chart.config.type !== 'bar') return;
    const { ctx } = chart;
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    chart.data.datasets.forEach((dataset, i) => {
      ctx.fillStyle = dataset.borderColor;
      ctx.font = `600 12px ${chart.options.font.family}`;
      chart.getDatasetMeta(i).data.forEach((bar, j) => {
        const value = dataset.data[j];
        if (value !== null && value !== undefined) ctx.fillText(formatted(value, dataset), bar.x, bar.y - 4);
      });
    });
    ctx.restore();
  },
};

class RejoinFigureChart extends LitElement {
  static properties = { config: { type: String } };

  static styles = css`
    :host { display: block; margin-bottom: var(--lumo-space-m); }
    .area { position: relative; height: 18rem; max-width: 56rem; }
  `;

  render() {
    const config = parse(this.config);
    if (!config) return html`<slot></slot>`;
    // nothing to draw: the server shows its sentence in the slot instead
    if (!config.labels || config.labels.length === 0) return html`<slot></slot>`;
    return html`
      <div class="area"><canvas role="img" aria-label=${config.summary}>${config.summary}</canvas></div>
      <slot></slot>`;
  }

  updated() {
    this._draw();
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this._draw(); // re-attached by Flow: the chart was destroyed on detach
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._destroy();
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _draw() {
    this._destroy();
    const config = parse(this.config);
    const canvas = this.renderRoot.querySelector('canvas');
    if (config && canvas) {
      this._chart = new Chart(canvas, this._chartConfig(config));
    }
    this.setAttribute('data-rendered', 'true');
  }

  _colour(name, fallback) {
    return getComputedStyle(this).getPropertyValue(name).trim() || fallback;
  }

  _chartConfig(config) {
    const text = this._colour('--lumo-body-text-color', '#1a2533');
    const secondary = this._colour('--lumo-secondary-text-color', '#4a5666');
    const grid = this._colour('--lumo-contrast-10pct', 'rgba(26, 57, 96, 0.1)');
    const font = { family: this._colour('--lumo-font-family', 'sans-serif'), size: 13 };
    const line = config.type === 'line';
    const first = config.datasets[0] || { unit: '', decimals: 0 };
    return {
      type: config.type,
      data: {
        labels: config.labels,
        datasets: config.datasets.map((d) => ({
          label: d.label,
          data: d.data,
          unit: d.unit,
          decimals: d.decimals,
          borderColor: d.colour,
          backgroundColor: d.colour,
          borderDash: d.dash,
          borderWidth: line ? 2 : 0,
          pointStyle: d.point,
          pointRadius: line ? 3 : 0,
          spanGaps: true,
          // no line across a break (a new school year counting again from nothing)
          segment: { borderColor: (ctx) => (config.breaks[ctx.p1DataIndex] ? 'transparent' : undefined) },
          maxBarThickness: 48,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false, // calmer, and nothing moves for people who prefer reduced motion
        font,
        layout: { padding: { top: line ? 0 : 18 } }, // room for the values over the bars
        scales: {
          x: {
            title: { display: true, text: config.categoryAxis, color: text, font },
            ticks: { color: secondary, font, autoSkip: true, maxRotation: 0 },
            grid: { display: false },
          },
          y: {
            beginAtZero: true,
            title: { display: true, text: config.valueAxis, color: text, font },
            ticks: { color: secondary, font, callback: (v) => formatted(v, first) },
            grid: { color: grid },
          },
        },
        plugins: {
          legend: {
            display: config.datasets.length > 1,
            labels: { color: text, font, usePointStyle: true },
          },
          tooltip: {
            callbacks: {
              title: (items) => config.names[items[0].dataIndex],
              label: (item) => `${item.dataset.label}: ${formatted(item.parsed.y, item.dataset)}`,
            },
          },
        },
      },
      plugins: [barValues],
    };
  }
}

if (!customElements.get('rejoin-figure-chart')) {
  customElements.define('rejoin-figure-chart', RejoinFigureChart);
}
