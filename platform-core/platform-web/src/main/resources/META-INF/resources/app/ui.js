// The helpers of every Maillage page — the shell's, the plugins', the public self-service page — in one
// module: markup that escapes what it interpolates (html``), the API client, alerts, form fields and their
// errors, a confirmation dialog (DSFR modal), selector escaping, and what a page does once drawn.
// Rules: markup reaches innerHTML or insertAdjacentHTML only through html`` (ESLint fails the build
// otherwise: eslint.config.mjs); a confirmation is confirmAction, never window.confirm; a selector built
// from data goes through selector``. Plugin authors read docs/plugin-guide.md (« Web pages »), not this file.
import { ApiError, fieldLabel } from './api.js';

export { ApiError, createApi } from './api.js';

// ---- markup ----

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = value => String(value).replace(/[&<>"']/g, c => ENTITIES[c]);

/** Markup made by html``: another html`` inserts it as it is; nothing else makes one. */
class Markup {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

/**
 * The escaping template tag: html`<p class="${kind}">${text}</p>`. Every interpolated value is escaped
 * (text and quoted attribute values alike) except markup made by html`` itself; an array is joined;
 * null, undefined and false give nothing. The result converts to its text: assign it to innerHTML or
 * give it to insertAdjacentHTML as it is.
 * @returns {Markup}
 */
export function html(strings, ...values) {
  let text = strings[0];
  values.forEach((value, i) => { text += render(value) + strings[i + 1]; });
  return new Markup(text);
}

function render(value) {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return value instanceof Markup ? value.text : escape(value);
}

/** Attributes from an object: true gives the bare name; null, undefined and false nothing; anything else name="value". */
function attributes(map) {
  return html`${Object.entries(map).filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Not an attribute name: ${name}`);
      return value === true ? new Markup(` ${name}`) : html` ${new Markup(name)}="${value}"`;
    })}`;
}

/** Selector escaping: selector`[data-field="${name}"]` passes each value through CSS.escape. */
export function selector(strings, ...values) {
  let text = strings[0];
  values.forEach((value, i) => { text += CSS.escape(String(value)) + strings[i + 1]; });
  return text;
}

// ---- numbers ----

const NUMBER = new Intl.NumberFormat('fr-FR');

/**
 * A count and its words, in the singular up to one as French has it: count(3, 'bénévole') gives « 3 bénévoles »,
 * count(1, 'commune couverte', 'communes couvertes') « 1 commune couverte », count(0, 'place') « 0 place »; the
 * number as French readers write it (« 3 400 »). Never « bénévole(s) ».
 */
export function count(n, one, many = `${one}s`) {
  return `${NUMBER.format(n ?? 0)} ${n > 1 ? many : one}`;
}

/**
 * Shows the rows that keep(row) accepts and hides the others, then says in status how many are left, counted with
 * [one, many]: « 8 coopérations » when none is hidden, « 3 coopérations correspondent sur 8 », or none when no row is.
 */
export function filterRows(rows, keep, status, [one, many], none) {
  let left = 0;
  for (const row of rows) {
    row.hidden = !keep(row);
    if (!row.hidden) left++;
  }
  status.textContent = left === rows.length ? count(left, one, many)
    : left ? `${count(left, `${one} correspond`, `${many} correspondent`)} sur ${rows.length}` : none;
}

// ---- messages ----

/**
 * An alert (DSFR): kind is error, success, info or warning; message and title are text or html`` markup.
 * An error is role="alert", the others role="status"; it can take the focus (tabindex="-1").
 */
export function alert(kind, message, { title } = {}) {
  const role = kind === 'error' ? 'alert' : 'status';
  return html`<div class="fr-alert fr-alert--${kind} fr-alert--sm fr-mb-3w" role="${role}" tabindex="-1">
    ${title ? html`<h3 class="fr-alert__title">${title}</h3>` : ''}<p>${message}</p></div>`;
}

/** Puts markup (an alert, usually) in place of what a region shows, and moves the focus to it. */
export function announce(region, markup) {
  region.innerHTML = html`${markup}`;
  region.firstElementChild?.focus();
}

/** Shows an error (an ApiError, or anything thrown: then a generic message, and the console) as an alert at the top of a container. */
export function showError(container, error) {
  const message = error instanceof ApiError ? error.fullMessage : 'Une erreur inattendue est survenue dans la page. Rechargez-la ; si elle persiste, signalez-la.';
  if (!(error instanceof ApiError)) console.error(error);
  container.insertAdjacentHTML('afterbegin', html`${alert('error', message)}`);
  const node = container.firstElementChild;
  node.focus();
  return node;
}

const STATUS = {
  ACTIVE: ['success', 'Active'],
  SUSPENDED: ['warning', 'Suspendue'],
  ARCHIVED: ['info', 'Archivée'],
  STARTED: ['success', 'Démarré'],
  FAILED: ['error', 'En échec'],
  DISABLED: ['info', 'Désactivé'],
  RESOLVED: ['info', 'Résolu'],
  DISCOVERED: ['info', 'Découvert'],
};
/** The badge of a cooperation's or a plugin's status (the code stays in data-status). */
export function badge(status) {
  const [kind, label] = STATUS[status] ?? ['info', status];
  return html`<p class="fr-badge fr-badge--${kind} fr-badge--sm fr-badge--no-icon" data-status="${status}">${label}</p>`;
}

const ROLE_NAMES = {
  'network-admin': 'administration du réseau',
  coordinator: 'animation de coopération',
  'team-referent': 'référent·e d’équipe',
};
export const roleName = role => ROLE_NAMES[role] ?? role;

let cooperations;
/**
 * The names of the network's cooperations (GET /api/cooperations, read once per page load, again after a
 * failure): await cooperationNames(api), then name(slug); a slug it does not know (a cooperation created
 * since, or archived) shows as itself.
 * @returns {Promise<(slug: string) => string>}
 */
export async function cooperationNames(api) {
  cooperations ??= api.get('/api/cooperations').then(list => new Map(list.map(c => [c.slug, c.displayName])),
    error => { cooperations = undefined; throw error; });
  const names = await cooperations;
  return slug => names.get(slug) ?? slug;
}

// ---- buttons ----

/**
 * A group of buttons or links (DSFR fr-btns-group) whose icons always stand beside their text: DSFR cuts an
 * icon button inside a group without an icon modifier down to its icon, so every group made here has
 * fr-btns-group--icon-left. Never an icon alone: the label is the button's text.
 * @param {{label: string, icon?: string, kind?: 'primary'|'secondary'|'tertiary'|'danger', href?: string}[]} items
 *   icon: a DSFR icon name without its prefix (« download-line »); href makes a link; any other key is an
 *   attribute of the button (type, default button; data-*, value, disabled…)
 * @param {{inline?: 'sm'|'md'|'lg'|true, size?: 'sm'|'lg'}} [options] inline: side by side from that width (true: always)
 * @returns {Markup}
 */
export function buttons(items, { inline = 'md', size } = {}) {
  const group = ['fr-btns-group', 'fr-btns-group--icon-left', inline === true ? 'fr-btns-group--inline' : inline && `fr-btns-group--inline-${inline}`,
    size && `fr-btns-group--${size}`].filter(Boolean).join(' ');
  return html`<ul class="${group}">${items.map(({ label, icon, kind = 'primary', href, ...more }) => {
    const classes = ['fr-btn', kind === 'danger' ? 'maillage-btn--danger' : kind !== 'primary' && `fr-btn--${kind}`,
      icon && `fr-icon-${icon}`, icon && 'fr-btn--icon-left'].filter(Boolean).join(' ');
    return href
      ? html`<li><a class="${classes}" href="${href}"${attributes(more)}>${label}</a></li>`
      : html`<li><button class="${classes}"${attributes({ type: 'button', ...more })}>${label}</button></li>`;
  })}</ul>`;
}

// ---- forms ----

/** The line that explains the « * » of required fields, at the top of a form that has some (DSFR). */
export const requiredNote = html`<p class="fr-hint-text">Les champs marqués d’un astérisque (<span class="maillage-required">*</span>) sont obligatoires.</p>`;

/**
 * A labelled field (DSFR input group) with its hint and the place for its errors, as showFormErrors wants it.
 * @param {object} options
 * @param {string} options.name the control's name, and the field's name in the API's errors
 * @param {string} options.label
 * @param {string} [options.hint] under the label
 * @param {string|number|string[]} [options.value] (the chosen values of a multiple select)
 * @param {boolean} [options.required] marks the label with « * » and sets required and aria-required
 * @param {string} [options.id] default champ-<name>; give one when two forms of a page share a name
 * @param {{value: string, label: string}[]} [options.choices] makes a select
 * @param {number} [options.rows] makes a textarea of that many rows
 * @param {...*} options.more any other key is an attribute of the control: type (default text), maxlength,
 *   min, step, inputmode, pattern, autocomplete (default off), multiple, size, disabled…
 * @returns {Markup}
 */
export function field({ name, label, hint, value = '', required = false, id, choices, rows, ...more }) {
  id ??= `champ-${name}`;
  const messages = `${id}-messages`;
  const labelled = html`<label class="fr-label" for="${id}">${label}${required
    ? html` <span class="maillage-required" aria-hidden="true">*</span>` : ''}${hint ? html`<span class="fr-hint-text">${hint}</span>` : ''}</label>`;
  const errors = html`<div class="fr-messages-group" id="${messages}" aria-live="polite"></div>`;
  const common = { id, name, required, 'aria-required': required ? 'true' : null, 'aria-describedby': messages };
  if (choices) {
    const chosen = [value].flat().map(String);
    return html`<div class="fr-select-group" data-field="${name}">${labelled}
      <select class="fr-select"${attributes({ ...common, ...more })}>${choices.map(c => html`<option value="${c.value}"${chosen.includes(String(c.value)) ? html` selected` : ''}>${c.label}</option>`)}</select>
      ${errors}</div>`;
  }
  const control = rows
    ? html`<textarea class="fr-input"${attributes({ rows, ...common, ...more })}>${value}</textarea>`
    : html`<input class="fr-input"${attributes({ type: 'text', value, autocomplete: 'off', ...common, ...more })}>`;
  return html`<div class="fr-input-group" data-field="${name}">${labelled}${control}${errors}</div>`;
}

/** The DSFR group kinds a field may sit in, each with its error modifier (fieldset: radios or checkboxes). */
const GROUPS = ['fr-fieldset', 'fr-select-group', 'fr-upload-group', 'fr-checkbox-group', 'fr-input-group'];
const ERROR_CLASSES = [...GROUPS.map(g => `${g}--error`), 'fr-input--error', 'fr-select--error'];

/** Removes what showFormErrors showed on a form. */
export function clearErrors(form) {
  form.querySelectorAll(ERROR_CLASSES.map(c => `.${c}`).join(', ')).forEach(node => node.classList.remove(...ERROR_CLASSES));
  form.querySelectorAll('[aria-invalid]').forEach(control => control.removeAttribute('aria-invalid'));
  form.querySelectorAll('[data-field] .fr-messages-group').forEach(m => m.replaceChildren());
  form.querySelectorAll('.maillage-form-error').forEach(box => box.remove());
}

/**
 * Shows a failure on a form: each of an ApiError's fields next to its field, named by its label (« Nom de
 * l’équipe est obligatoire. »), and at the top of the form an error summary (DSFR alert) that says how many
 * fields are wrong and links to each of them; a required field left empty is flagged too, even when the API
 * did not get that far. The API's message and the fields it names that the form lacks go in the summary as
 * text (anything else thrown: a generic message). The focus goes to the first field in error (its label, state
 * and message are read out; the summary is an alert), else to the summary. The form's markup: each field inside an element with data-field="<name>" (the name the API reports,
 * up to its first « . » or « [ »), which holds the input, select or textarea (or the radios of a fieldset)
 * and a .fr-messages-group for the message — field() makes exactly that. A field in error gets the DSFR error
 * classes, aria-invalid and its message in aria-describedby.
 */
export function showFormErrors(form, error) {
  clearErrors(form);
  const unplaced = [];
  const placed = [];
  const reported = error instanceof ApiError ? [...error.fields] : [];
  for (const control of form.querySelectorAll('[data-field] [required]')) {
    const name = control.closest('[data-field]').dataset.field;
    const empty = control.type === 'checkbox' || control.type === 'radio'
      ? !form.querySelector(selector`[data-field="${name}"] input:checked`) : !String(control.value ?? '').trim();
    if (empty && !reported.some(f => String(f.field).split(/[.[]/)[0] === name)) reported.push({ field: name, message: 'est obligatoire' });
  }
  for (const f of reported) {
    const name = String(f.field).split(/[.[]/)[0];
    const group = form.querySelector(selector`[data-field="${name}"]`);
    const controls = group ? [...group.querySelectorAll('input, select, textarea')] : [];
    if (!controls.length) {
      unplaced.push(f);
      continue;
    }
    const kind = GROUPS.find(g => group.classList.contains(g)) ?? (group.tagName === 'FIELDSET' ? 'fr-fieldset' : 'fr-input-group');
    group.classList.add(`${kind}--error`);
    let messages = group.querySelector('.fr-messages-group');
    if (!messages) {
      group.insertAdjacentHTML('beforeend', html`<div class="fr-messages-group" aria-live="polite"></div>`);
      messages = group.lastElementChild;
    }
    messages.id ||= `${controls[0].id || controls[0].name}-messages`;
    for (const control of controls) {
      if (control.classList.contains('fr-input')) control.classList.add('fr-input--error');
      if (control.classList.contains('fr-select')) control.classList.add('fr-select--error');
      control.setAttribute('aria-invalid', 'true');
      const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      if (!described.includes(messages.id)) control.setAttribute('aria-describedby', [...described, messages.id].join(' '));
    }
    const label = labelOf(group, controls[0]) || fieldLabel(f.field);
    const text = sentence(label, f.message);
    messages.insertAdjacentHTML('beforeend', html`<p class="fr-message fr-message--error">${text}</p>`);
    if (!placed.some(p => p.id === controls[0].id)) placed.push({ id: controls[0].id, text });
  }
  if (!(error instanceof ApiError)) console.error(error);
  const generic = error instanceof ApiError ? error.message : 'Une erreur inattendue est survenue. Réessayez.';
  const others = unplaced.map(f => `${fieldLabel(f.field)} : ${f.message}.`);
  const summary = placed.length
    ? html`<div class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert" tabindex="-1">
        <h3 class="fr-alert__title">${placed.length === 1 ? 'Le formulaire contient une erreur' : `Le formulaire contient ${placed.length} erreurs`}</h3>
        <ul>${placed.map(p => html`<li><a href="#${p.id}" data-field-link="${p.id}">${p.text}</a></li>`)}</ul>
        ${others.length ? html`<p>${others.join(' ')}</p>` : ''}</div>`
    : alert('error', [generic, ...others].join(' '));
  form.insertAdjacentHTML('afterbegin', html`<div class="maillage-form-error">${summary}</div>`);
  const box = form.querySelector('.maillage-form-error');
  box.querySelectorAll('[data-field-link]').forEach(link => link.addEventListener('click', event => {
    // the shell's routes live in the hash: move the focus, never the address
    event.preventDefault();
    document.getElementById(link.dataset.fieldLink)?.focus();
  }));
  (placed.length ? document.getElementById(placed[0].id) : box.querySelector('.fr-alert')).focus();
}

/** A field's label as the person reads it: the label's own text, without its hint and its « * ». */
function labelOf(group, control) {
  const label = (control.id && group.querySelector(selector`label[for="${control.id}"]`)) || group.querySelector('legend, label');
  if (!label) return '';
  const copy = label.cloneNode(true);
  copy.querySelectorAll('.fr-hint-text, .maillage-required').forEach(n => n.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** The message of a field named by its label: « Nom est obligatoire. », « Nom : 3 caractères au plus. » */
function sentence(label, message) {
  const text = String(message).trim().replace(/\.$/, '');
  return /^(est|doit|ne|n’|n'|sont|a |dépasse)/.test(text) ? `${label} ${text}.` : `${label} : ${text}.`;
}


// ---- confirmation ----

const MODAL = 'maillage-confirmation';

/** The page's one confirmation modal (DSFR), made on first use. */
function confirmationModal() {
  let modal = document.getElementById(MODAL);
  if (modal) return modal;
  document.body.insertAdjacentHTML('beforeend', html`<dialog id="${MODAL}" class="fr-modal" aria-labelledby="${MODAL}-titre" aria-describedby="${MODAL}-texte">
    <div class="fr-container fr-container--fluid fr-container-md"><div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-6"><div class="fr-modal__body">
        <div class="fr-modal__header">
          <button type="button" class="fr-btn--close fr-btn" aria-controls="${MODAL}" title="Fermer la fenêtre (annuler)">Fermer</button>
        </div>
        <div class="fr-modal__content">
          <h2 class="fr-modal__title" id="${MODAL}-titre"></h2>
          <p id="${MODAL}-texte"></p>
        </div>
        <div class="fr-modal__footer">
          <ul class="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg">
            <li><button type="button" class="fr-btn" value="confirmer" data-confirm></button></li>
            <li><button type="button" class="fr-btn fr-btn--secondary" value="annuler">Annuler</button></li>
          </ul>
        </div>
      </div></div>
    </div></div>
  </dialog>`);
  return document.body.lastElementChild;
}

/** The DSFR modal instance of an element, once the design system's script has made it (it watches the page). */
function dsfrModal(element) {
  return new Promise(resolve => {
    const started = performance.now();
    const look = () => {
      const modal = window.dsfr?.(element)?.modal;
      if (modal || performance.now() - started > 3000) resolve(modal ?? null);
      else requestAnimationFrame(look);
    };
    look();
  });
}

/**
 * Asks before an action that cannot be undone, in a DSFR modal: its title, its text, « Annuler » and the
 * confirming button (red when `danger`). Escape, the close button, a click outside and « Annuler » cancel;
 * the focus stays inside while it is open and goes back to where it was. (Without the design system's
 * script, the same dialog opens as a native modal.)
 * @param {{title: string, text: string, confirmLabel: string, danger?: boolean}} question
 * @returns {Promise<boolean>} whether the person confirmed
 */
export async function confirmAction({ title, text, confirmLabel, danger = true }) {
  const opener = document.activeElement;
  const element = confirmationModal();
  document.getElementById(`${MODAL}-titre`).textContent = title;
  document.getElementById(`${MODAL}-texte`).textContent = text;
  const confirm = element.querySelector('[data-confirm]');
  confirm.textContent = confirmLabel;
  confirm.classList.toggle('maillage-btn--danger', danger);
  const modal = await dsfrModal(element);
  return new Promise(resolve => {
    let confirmed = false;
    const choose = event => {
      const button = event.target.closest('button[value]');
      if (!button) return;
      confirmed = button.value === 'confirmer';
      if (modal) modal.conceal(); else element.close();
    };
    const closed = () => {
      element.removeEventListener('click', choose);
      element.removeEventListener('dsfr.conceal', closed);
      element.removeEventListener('close', closed);
      if (opener?.isConnected) opener.focus();
      resolve(confirmed);
    };
    element.addEventListener('click', choose);
    element.addEventListener(modal ? 'dsfr.conceal' : 'close', closed);
    if (modal) modal.disclose(); else element.showModal();
  });
}

// ---- files ----

/** Hands a downloaded file ({blob, name} from api.download) to the browser, named as the server said or else fallback. */
export function saveFile({ blob, name }, fallback) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name || fallback;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ---- pages ----

/**
 * Sets the window's title and moves the focus to the page's heading, for screen readers and keyboards. A
 * record's page names the record, then where it is: pageReady(this, 'Gaël Le Bihan', { within: 'Bénévoles' })
 * gives « Gaël Le Bihan — Bénévoles — Maillage ».
 */
export function pageReady(container, title, { within } = {}) {
  document.title = [title, within, 'Maillage'].filter(Boolean).join(' — ');
  const heading = container.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

/**
 * Makes the scrolling box of every DSFR table under root reachable with the keyboard: on a narrow screen a
 * table scrolls inside its box (never the page), and a box that scrolls must take the focus so that the arrow
 * keys scroll it (WCAG 2.1.1). The box gets tabindex="0" and, unless it is the table itself, role="region"
 * named after the table's caption. The shell runs it on every change of its content, so pages need not call it.
 */
export function focusableTables(root) {
  // DSFR 1.15: .fr-table__container scrolls; a table of the short markup (.fr-table > table) scrolls itself
  root.querySelectorAll('.fr-table__container:not([tabindex]), .fr-table > table:not([tabindex])').forEach(box => {
    box.setAttribute('tabindex', '0');
    if (box.tagName === 'TABLE') return;
    box.setAttribute('role', 'region');
    if (!box.hasAttribute('aria-label')) {
      box.setAttribute('aria-label', box.querySelector('caption')?.textContent.replace(/\s+/g, ' ').trim() || 'Tableau');
    }
  });
}

/**
 * Applies the computed styles of the elements marked {@code data-css="…"} (sizes, colours from data):
 * the Content-Security-Policy refuses style attributes in markup, not styles set from a script.
 */
export function applyStyles(root) {
  root.querySelectorAll('[data-css]').forEach(element => {
    element.style.cssText = element.dataset.css;
    element.removeAttribute('data-css');
  });
}
