// <rejoin-form>: a Camunda Form rendered by the form-js viewer, driven by FormJsForm (Java).
// Light DOM, so form-js's global stylesheet reaches the form. The server is the authority on
// validation: its messages are put into form-js's own error state (shown under each field, with
// aria-describedby) and listed in a summary above the form, linking to the fields.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';

const SUMMARY_STYLE = `
.rejoin-form-summary { border: 4px solid var(--lumo-error-color, #d4351c); padding: var(--lumo-space-m, 1rem);
  margin-bottom: var(--lumo-space-m, 1rem); }
.rejoin-form-summary:focus { outline: 3px solid var(--lumo-primary-color, #1676f3); }
.rejoin-form-summary h2 { font-size: var(--lumo-font-size-l, 1.25rem); margin: 0 0 .5em; }
.rejoin-form-summary ul { margin: 0; padding-left: 1.2em; }
.rejoin-form-summary a { color: var(--lumo-error-text-color, #d4351c); font-weight: 600; }
rejoin-form { display: block; }
`;

function parse(json, fallback) {
  if (!json) return fallback;
  try { return JSON.parse(json); } catch (e) { return fallback; }
}

class RejoinForm extends HTMLElement {
  constructor() {
    super();
    this._schema = '';
    this._data = '{}';
    this._errors = [];
    this._readOnly = false;
    this._importPending = false;
  }

  connectedCallback() {
    if (!this._container) {
      if (!document.getElementById('rejoin-form-style')) {
        const style = document.createElement('style');
        style.id = 'rejoin-form-style';
        style.textContent = SUMMARY_STYLE;
        document.head.appendChild(style);
      }
      this._summary = document.createElement('div');
      this._summary.className = 'rejoin-form-summary';
      this._summary.setAttribute('role', 'alert');
      this._summary.setAttribute('tabindex', '-1');
      this._summary.hidden = true;
      this._container = document.createElement('div');
      this._container.className = 'rejoin-form-container';
      this.append(this._summary, this._container);
      // properties Flow set before this element was upgraded shadow the setters: replay them
      ['schema', 'data', 'errors', 'readOnly'].forEach((name) => {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      });
    }
    this._scheduleImport();
  }

  set schema(json) { this._schema = json || ''; this._scheduleImport(); }
  get schema() { return this._schema; }

  set data(json) { this._data = json || '{}'; this._scheduleImport(); }
  get data() { return this._data; }

  set errors(json) {
    this._errors = parse(json, []);
    this._showErrors(true);
  }
  get errors() { return JSON.stringify(this._errors); }

  set readOnly(value) {
    this._readOnly = !!value;
    if (this._form) this._form.setProperty('readOnly', this._readOnly);
  }
  get readOnly() { return this._readOnly; }

  /** Schema and data arrive in the same round trip: import once, after both. */
  _scheduleImport() {
    if (this._importPending || !this._container) return;
    this._importPending = true;
    queueMicrotask(() => this._import());
  }

  async _import() {
    this._importPending = false;
    const schema = parse(this._schema, null);
    if (!schema) return;
    if (!this._form) {
      // no debounce: a value typed just before Submit must be in the submitted data
      this._form = new Form({ container: this._container, debounce: false });
      this._form.on('submit', (event) => this._onSubmit(event));
    }
    try {
      await this._form.importSchema(schema, parse(this._data, {}));
      this._form.setProperty('readOnly', this._readOnly);
      this._showErrors(false);
      this.dispatchEvent(new CustomEvent('rejoin-rendered'));
    } catch (error) {
      console.error('form-js could not render the form', error);
      this._container.textContent = 'This form cannot be shown. Please tell your administrator.';
    }
  }

  /** Called by FormJsForm.submit(): form-js validates (its hints show) and emits 'submit'. */
  submit() {
    if (!this._form || this._readOnly) return;
    this._form.submit();
  }

  _onSubmit(event) {
    // The values go to the server whatever form-js thinks: the server checks again and answers with
    // messages that name the field, which replace form-js's own.
    this.dispatchEvent(new CustomEvent('rejoin-submit', { detail: { json: JSON.stringify(event.data || {}) } }));
  }

  /** Everything typed so far, hidden fields included: for drafts. */
  values() {
    return JSON.stringify(this._form ? this._form._getState().data || {} : {});
  }

  _domId(error) {
    const indexes = (error.indexes || []).map((i) => `_${i}`).join('');
    return `fjs-form-${this._form ? this._form._id : ''}-${error.fieldId}${indexes}`;
  }

  _showErrors(focus) {
    if (!this._summary) return;
    const errors = this._errors || [];
    if (this._form && this._form._getState().schema) {
      // form-js keys its error state by component id, then by row index inside dynamic lists
      const state = {};
      errors.forEach((e) => {
        let node = state;
        const path = [e.fieldId, ...(e.indexes || [])];
        path.slice(0, -1).forEach((p) => { node = node[p] = node[p] || {}; });
        node[path[path.length - 1]] = [e.message];
      });
      this._form._setState({ errors: state });
    }
    this._summary.replaceChildren();
    this._summary.hidden = errors.length === 0;
    if (!errors.length) return;
    const heading = document.createElement('h2');
    heading.textContent = errors.length === 1 ? 'There is a problem' : `There are ${errors.length} problems`;
    const list = document.createElement('ul');
    errors.forEach((e) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const target = this._domId(e);
      link.href = `#${target}`;
      link.setAttribute('router-ignore', '');
      link.textContent = e.message;
      link.addEventListener('click', (click) => {
        click.preventDefault();
        const field = document.getElementById(target) || this.querySelector(`[id^="${target}"]`);
        if (field) {
          field.scrollIntoView({ block: 'center' });
          field.focus();
        }
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    this._summary.append(heading, list);
    if (focus) this._summary.focus();
  }
}

if (!customElements.get('rejoin-form')) {
  customElements.define('rejoin-form', RejoinForm);
}
