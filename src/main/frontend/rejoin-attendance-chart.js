// <rejoin-attendance-chart>: weekly attendance drawn by Chart.js, driven by AttendanceChart (Java).
// Light DOM: the element puts its canvas first and leaves the children Flow manages (the table
// alternative) after it. The server works out labels, marker positions and the spoken summary;
// this file only draws. Only the Chart.js parts used are registered, so the bundle carries no more.
import {
  Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, annotationPlugin);

const STYLE = `
rejoin-attendance-chart { display: block; }
rejoin-attendance-chart .rejoin-chart-area { position: relative; height: 20rem; }
rejoin-attendance-chart .rejoin-chart-empty { color: var(--lumo-secondary-text-color); }
rejoin-attendance-chart .rejoin-chart-figures { border-collapse: collapse; }
rejoin-attendance-chart .rejoin-chart-figures caption { text-align: left; font-weight: 600; padding-bottom: var(--lumo-space-xs); }
rejoin-attendance-chart .rejoin-chart-figures th, rejoin-attendance-chart .rejoin-chart-figures td {
  text-align: left; padding: var(--lumo-space-xs) var(--lumo-space-m) var(--lumo-space-xs) 0;
  border-bottom: 1px solid var(--lumo-contrast-10pct); font-weight: normal; }
rejoin-attendance-chart .rejoin-chart-figures thead th { font-weight: 600; }
`;

function parse(json) {
  if (!json) return null;
  try { return JSON.parse(json); } catch (e) { return null; }
}

class RejoinAttendanceChart extends HTMLElement {
  constructor() {
    super();
    this._config = '';
  }

  connectedCallback() {
    if (!this._area) {
      if (!document.getElementById('rejoin-attendance-chart-style')) {
        const style = document.createElement('style');
        style.id = 'rejoin-attendance-chart-style';
        style.textContent = STYLE;
        document.head.appendChild(style);
      }
      this._area = document.createElement('div');
      this._area.className = 'rejoin-chart-area';
      this._empty = document.createElement('p');
      this._empty.className = 'rejoin-chart-empty';
      this._empty.hidden = true;
      this.prepend(this._area, this._empty);
      // a property Flow set before this element was upgraded shadows the setter: replay it
      if (Object.prototype.hasOwnProperty.call(this, 'config')) {
        const value = this.config;
        delete this.config;
        this.config = value;
      }
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  set config(json) {
    this._config = json || '';
    if (this._area) this._render();
  }

  get config() { return this._config; }

  _colour(name, fallback) {
    const value = getComputedStyle(this).getPropertyValue(name).trim();
    return value || fallback;
  }

  _render() {
    const config = parse(this._config);
    if (!config || !this.isConnected) return;
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    this._area.replaceChildren();
    const empty = !config.weeks || config.weeks.length === 0;
    this._area.hidden = empty;
    this._empty.hidden = !empty;
    this._empty.textContent = empty ? 'No weekly attendance has been recorded yet.' : '';
    if (empty) {
      this.setAttribute('data-rendered', 'true');
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', config.summary);
    canvas.textContent = config.summary; // fallback content where canvas is not supported
    this._area.appendChild(canvas);
    this.removeAttribute('data-rendered');
    this._chart = new Chart(canvas, this._chartConfig(config));
    requestAnimationFrame(() => this.setAttribute('data-rendered', 'true'));
  }

  _chartConfig(config) {
    const text = this._colour('--lumo-body-text-color', '#1a2533');
    const secondary = this._colour('--lumo-secondary-text-color', '#4a5666');
    const grid = this._colour('--lumo-contrast-10pct', 'rgba(26, 57, 96, 0.1)');
    const bar = this._colour('--lumo-primary-color', '#006af5');
    const font = { family: this._colour('--lumo-font-family', 'sans-serif'), size: 13 };
    return {
      type: 'bar',
      data: {
        labels: config.weeks.map((w) => w.label),
        datasets: [{
          label: 'Attendance',
          data: config.weeks.map((w) => w.percent),
          backgroundColor: bar,
          maxBarThickness: 32,
        }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false, // calmer, and nothing moves for people who prefer reduced motion
        scales: {
          x: {
            title: { display: true, text: 'Week starting', color: text, font },
            ticks: { color: secondary, font, autoSkip: true, maxRotation: 0 },
            grid: { display: false },
          },
          y: {
            min: 0,
            max: 100,
            title: { display: true, text: 'Attendance', color: text, font },
            ticks: { color: secondary, font, stepSize: 10, callback: (v) => `${v}%` },
            grid: { color: grid },
          },
        },
        plugins: {
          tooltip: {
            callbacks: {
              title: (items) => `Week starting ${config.weeks[items[0].dataIndex].date}`,
              label: (item) => `Attendance: ${Math.round(item.parsed.y * 10) / 10}%`,
            },
          },
          annotation: { annotations: this._annotations(config, { text, font }) },
        },
      },
    };
  }

  _annotations(config, { text, font }) {
    const annotations = {};
    const lineColours = {
      persistent: this._colour('--lumo-warning-text-color', '#8a5a00'),
      severe: this._colour('--lumo-error-text-color', '#c4001f'),
    };
    (config.thresholds || []).forEach((t) => {
      annotations[`threshold-${t.kind}`] = {
        type: 'line',
        yMin: t.value,
        yMax: t.value,
        borderColor: lineColours[t.kind] || text,
        borderWidth: 2,
        borderDash: t.kind === 'severe' ? [2, 3] : [8, 4], // dash pattern differs too, not colour alone
        drawTime: 'afterDatasetsDraw',
        label: {
          display: true,
          content: t.label,
          position: 'start', // over the oldest weeks: the latest ones matter most
          backgroundColor: 'rgba(255, 255, 255, 0.9)',
          color: lineColours[t.kind] || text,
          font: { ...font, size: 12, weight: 600 },
          padding: 3,
        },
      };
    });
    const shade = this._colour('--lumo-contrast-10pct', 'rgba(26, 57, 96, 0.1)');
    const edge = this._colour('--lumo-contrast-60pct', 'rgba(26, 57, 96, 0.6)');
    (config.markers || []).forEach((m, i) => {
      const label = {
        display: true,
        content: m.label,
        color: text,
        backgroundColor: 'rgba(255, 255, 255, 0.9)',
        font: { ...font, size: 12 },
        padding: 3,
        yAdjust: 4 + (i % 4) * 22, // staggered, so neighbouring labels do not sit on each other
      };
      annotations[`marker-${i}`] = m.single
        ? {
          type: 'line', xMin: m.x, xMax: m.x, borderColor: edge, borderWidth: 2, borderDash: [4, 3],
          drawTime: 'afterDatasetsDraw', label: { ...label, position: 'end' }, // at the top
        }
        : {
          type: 'box', xMin: m.xMin, xMax: m.xMax, backgroundColor: shade, borderColor: edge, borderWidth: 1,
          drawTime: 'beforeDatasetsDraw', label: { ...label, position: { x: 'start', y: 'start' } },
        };
    });
    return annotations;
  }
}

if (!customElements.get('rejoin-attendance-chart')) {
  customElements.define('rejoin-attendance-chart', RejoinAttendanceChart);
}
