// <rejoin-process-diagram>: a BPMN diagram drawn by bpmn-js's NavigatedViewer, driven by ProcessDiagram (Java).
// Light DOM, so bpmn-js's global stylesheet reaches the drawing. The element puts its drawing area
// first and leaves the children Flow manages (the text alternative) after it. The drawing is fitted
// to the box whenever the box changes size: it may be drawn inside a closed <vaadin-details>.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const READABLE_SCALE = 0.8;
const ACTIVE = 'rejoin-active';

const STYLE = `
rejoin-process-diagram { display: block; }
rejoin-process-diagram .rejoin-diagram-area { position: relative; height: var(--rejoin-diagram-height, 22rem);
  border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-m); background: var(--lumo-base-color, #fff); }
rejoin-process-diagram .rejoin-diagram-canvas { position: absolute; inset: 0; }
rejoin-process-diagram .djs-container svg:focus-visible { outline: 3px solid var(--lumo-primary-color, #006af5); outline-offset: -3px; }
rejoin-process-diagram .djs-element.${ACTIVE} .djs-visual > :first-child {
  stroke: var(--lumo-primary-color, #006af5) !important; stroke-width: 4px !important;
  fill: var(--lumo-primary-color-10pct, #e6f0ff) !important; }
rejoin-process-diagram .rejoin-diagram-now { display: inline-block; white-space: nowrap; font-weight: 600;
  font-size: 12px; line-height: 1.4; padding: 0 6px; border-radius: var(--lumo-border-radius-s, 4px);
  background: var(--lumo-primary-color, #006af5); color: var(--lumo-primary-contrast-color, #fff); }
rejoin-process-diagram .rejoin-diagram-count { display: inline-block; min-width: 1.6em; text-align: center;
  font-weight: 600; font-size: 12px; line-height: 1.6; padding: 0 4px; border-radius: 999px;
  background: var(--lumo-contrast, #1a2533); color: var(--lumo-base-color, #fff); }
rejoin-process-diagram .rejoin-diagram-message, rejoin-process-diagram .rejoin-diagram-hint {
  color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); margin: var(--lumo-space-xs) 0; }
`;

function parse(json, fallback) {
  if (!json) return fallback;
  try { return JSON.parse(json); } catch (e) { return fallback; }
}

class RejoinProcessDiagram extends HTMLElement {
  constructor() {
    super();
    this._xml = '';
    this._active = [];
    this._counts = {};
    this._activeLabel = 'Now';
    this._accessibleName = 'Process diagram';
    this._descriptionId = '';
    this._imported = null; // the XML drawn now
  }

  connectedCallback() {
    if (!this._area) {
      if (!document.getElementById('rejoin-process-diagram-style')) {
        const style = document.createElement('style');
        style.id = 'rejoin-process-diagram-style';
        style.textContent = STYLE;
        document.head.appendChild(style);
      }
      this._area = document.createElement('div');
      this._area.className = 'rejoin-diagram-area';
      const canvas = document.createElement('div');
      canvas.className = 'rejoin-diagram-canvas';
      this._area.appendChild(canvas);
      this._message = document.createElement('p');
      this._message.className = 'rejoin-diagram-message';
      this._message.hidden = true;
      const hint = document.createElement('p');
      hint.className = 'rejoin-diagram-hint';
      hint.textContent = 'To move around the diagram, drag it, or tab to it and use the arrow keys.';
      this.prepend(this._area, this._message, hint);
      this._viewer = new NavigatedViewer({ container: canvas });
      this._resizes = new ResizeObserver(() => this._fit());
      this._resizes.observe(this._area);
      // properties Flow set before this element was upgraded shadow the setters: replay them
      ['xml', 'active', 'counts', 'activeLabel', 'accessibleName', 'descriptionId'].forEach((name) => {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      });
    }
    this._import();
  }

  set xml(value) { this._xml = value || ''; this._import(); }
  get xml() { return this._xml; }

  set active(json) {
    this._active = parse(json, []);
    this._decorate();
    if (this.hasAttribute('data-rendered')) this._fit();
  }
  get active() { return JSON.stringify(this._active); }

  set counts(json) { this._counts = parse(json, {}); this._decorate(); }
  get counts() { return JSON.stringify(this._counts); }

  set activeLabel(value) { this._activeLabel = value || ''; this._decorate(); }
  get activeLabel() { return this._activeLabel; }

  set accessibleName(value) { this._accessibleName = value || 'Process diagram'; this._label(); }
  get accessibleName() { return this._accessibleName; }

  set descriptionId(value) { this._descriptionId = value || ''; this._label(); }
  get descriptionId() { return this._descriptionId; }

  async _import() {
    if (!this._viewer || this._xml === this._imported) return;
    const xml = this._xml;
    this._imported = xml;
    this.removeAttribute('data-rendered');
    this._message.hidden = true;
    this._area.hidden = false;
    if (!xml) {
      this._viewer.clear();
      return;
    }
    try {
      await this._viewer.importXML(xml);
    } catch (error) {
      console.error('bpmn-js could not draw the process', error);
      this._show('This process diagram cannot be shown.');
      return;
    }
    if (xml !== this._xml) return; // a newer diagram arrived while this one was read
    const canvas = this._viewer.get('canvas');
    if (!canvas.getRootElement().children || canvas.getRootElement().children.length === 0) {
      this._show('This process has no drawing: it was saved without a diagram layout.');
      return;
    }
    this._label();
    this._fit();
    this._decorate();
    this.setAttribute('data-rendered', 'true');
  }

  _show(message) {
    this._message.textContent = message;
    this._message.hidden = false;
    this._area.hidden = true;
  }

  _fit() {
    if (!this._viewer || this._area.clientWidth === 0 || this._area.clientHeight === 0) return;
    const canvas = this._viewer.get('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport', 'auto');
    this._focusOnActive(canvas);
  }

  // A long process fitted into the page is too small to read: show the current steps at a readable
  // size instead, centred; people can still drag to see the rest.
  _focusOnActive(canvas) {
    const registry = this._viewer.get('elementRegistry');
    const active = this._active.map((id) => registry.get(id)).filter(Boolean);
    if (active.length === 0 || canvas.zoom() >= READABLE_SCALE) return;
    const left = Math.min(...active.map((e) => e.x));
    const top = Math.min(...active.map((e) => e.y));
    const right = Math.max(...active.map((e) => e.x + e.width));
    const bottom = Math.max(...active.map((e) => e.y + e.height));
    const outer = canvas.viewbox().outer;
    const width = outer.width / READABLE_SCALE;
    const height = outer.height / READABLE_SCALE;
    canvas.viewbox({ x: (left + right) / 2 - width / 2, y: (top + bottom) / 2 - height / 2, width, height });
  }

  _label() {
    const svg = this._area && this._area.querySelector('svg');
    if (!svg) return;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', this._accessibleName);
    if (this._descriptionId) svg.setAttribute('aria-describedby', this._descriptionId);
  }

  _decorate() {
    if (!this._viewer || !this._imported) return;
    const registry = this._viewer.get('elementRegistry');
    const canvas = this._viewer.get('canvas');
    const overlays = this._viewer.get('overlays');
    registry.forEach((element) => canvas.removeMarker(element, ACTIVE));
    overlays.remove({ type: 'rejoin-now' });
    overlays.remove({ type: 'rejoin-count' });
    this._active.filter((id) => registry.get(id)).forEach((id) => {
      canvas.addMarker(id, ACTIVE);
      if (this._activeLabel) {
        overlays.add(id, 'rejoin-now', {
          position: { top: -22, left: 0 }, scale: { min: 1 }, html: this._badge('rejoin-diagram-now', this._activeLabel),
        });
      }
    });
    Object.entries(this._counts).filter(([id, n]) => n > 0 && registry.get(id)).forEach(([id, n]) => {
      overlays.add(id, 'rejoin-count', {
        position: { top: -10, right: 10 }, scale: { min: 1 }, html: this._badge('rejoin-diagram-count', String(n)),
      });
    });
  }

  _badge(className, text) {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  }
}

if (!customElements.get('rejoin-process-diagram')) {
  customElements.define('rejoin-process-diagram', RejoinProcessDiagram);
}
