// Small helpers for the shell's pages: escaping, alerts, badges, labelled fields with their errors,
// and a confirmation dialog for destructive actions.
import { ApiError, fieldLabel } from './api.js';

export const escape = value => String(value ?? '').replace(/[&<>"']/g,
  c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Markup that is already safe: what html`` and raw() return; it converts to its text. */
class Safe {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

/**
 * A template literal tag that escapes every interpolated value except markup made by html`` or raw();
 * arrays are joined. The result converts to a string (innerHTML accepts it as it is).
 */
export function html(strings, ...values) {
  return new Safe(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
}
export const raw = text => new Safe(String(text));
function render(value) {
  if (Array.isArray(value)) return value.map(render).join('');
  if (value instanceof Safe) return value.text;
  return escape(value);
}

/** An alert: kind is error, success, info or warning. */
export function alert(kind, message, { title } = {}) {
  const role = kind === 'error' ? 'alert' : 'status';
  return html`<div class="fr-alert fr-alert--${kind} fr-alert--sm fr-mb-3w" role="${role}" tabindex="-1">
    ${title ? html`<h3 class="fr-alert__title">${title}</h3>` : ''}<p>${message}</p></div>`;
}

/** Shows an error (an ApiError or anything thrown) as an alert at the top of a container. */
export function showError(container, error) {
  const message = error instanceof ApiError ? error.fullMessage : 'Une erreur inattendue est survenue dans la page. Rechargez-la ; si elle persiste, signalez-la.';
  if (!(error instanceof ApiError)) console.error(error);
  const box = document.createElement('div');
  box.innerHTML = alert('error', message);
  const node = box.firstElementChild;
  container.prepend(node);
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

/**
 * A labelled field with a hint and a place for its error (DSFR input group); a select when `choices`
 * ([{value, label}]) are given.
 */
export function field({ name, label, hint, value = '', required = false, autocomplete = 'off', inputmode, pattern, id, choices }) {
  id ??= `champ-${name}`;
  const labelled = html`<label class="fr-label" for="${id}">${label}${required ? raw(' <span class="maillage-required" aria-hidden="true">*</span>') : ''}
      ${hint ? html`<span class="fr-hint-text">${hint}</span>` : ''}</label>`;
  const messages = html`<div class="fr-messages-group" id="${id}-messages" aria-live="polite"></div>`;
  if (choices) {
    return html`<div class="fr-select-group" data-field="${name}">${labelled}
      <select class="fr-select" id="${id}" name="${name}" aria-describedby="${id}-messages">
        ${choices.map(c => html`<option value="${c.value}" ${raw(String(c.value) === String(value) ? 'selected' : '')}>${c.label}</option>`)}
      </select>${messages}</div>`;
  }
  return html`<div class="fr-input-group" data-field="${name}">${labelled}
    <input class="fr-input" id="${id}" name="${name}" type="text" value="${value}" autocomplete="${autocomplete}"
      ${raw(required ? 'required aria-required="true"' : '')} ${raw(inputmode ? `inputmode="${escape(inputmode)}"` : '')}
      ${raw(pattern ? `pattern="${escape(pattern)}"` : '')} aria-describedby="${id}-messages">
    ${messages}
  </div>`;
}

export function clearErrors(form) {
  form.querySelectorAll('.fr-input-group--error, .fr-select-group--error')
    .forEach(g => g.classList.remove('fr-input-group--error', 'fr-select-group--error'));
  form.querySelectorAll('.fr-input--error, .fr-select--error')
    .forEach(i => { i.classList.remove('fr-input--error', 'fr-select--error'); i.removeAttribute('aria-invalid'); });
  form.querySelectorAll('.fr-messages-group').forEach(m => { m.innerHTML = ''; });
  form.querySelectorAll('.maillage-form-error').forEach(a => a.remove());
}

/**
 * Puts each field error of the API next to its field, the rest in an alert at the top of the form,
 * and moves the focus to the first field in error (or the alert).
 */
export function showFormErrors(form, error) {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  const fields = error instanceof ApiError ? error.fields : [];
  for (const f of fields) {
    const name = String(f.field).split(/[.[]/)[0];
    const group = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (!group) { unplaced.push(f); continue; }
    const input = group.querySelector('input, select, textarea');
    const select = input.tagName === 'SELECT';
    group.classList.add(select ? 'fr-select-group--error' : 'fr-input-group--error');
    input.classList.add(select ? 'fr-select--error' : 'fr-input--error');
    input.setAttribute('aria-invalid', 'true');
    group.querySelector('.fr-messages-group').insertAdjacentHTML('beforeend',
      html`<p class="fr-message fr-message--error">${capitalize(f.message)}.</p>`);
    first ??= input;
  }
  const summary = error instanceof ApiError
    ? [error.message, ...unplaced.map(f => `${fieldLabel(f.field)} : ${f.message}.`)].join(' ')
    : 'Une erreur inattendue est survenue. Réessayez.';
  const box = document.createElement('div');
  box.className = 'maillage-form-error';
  box.innerHTML = alert('error', summary);
  form.prepend(box);
  (first ?? box.firstElementChild).focus();
}

const capitalize = s => String(s).charAt(0).toUpperCase() + String(s).slice(1);

/**
 * Asks before a destructive action, in a modal dialog (focus kept inside, Escape cancels, the safe
 * choice focused first).
 * @returns {Promise<boolean>} whether the person confirmed
 */
export function confirmAction({ title, text, confirmLabel }) {
  return new Promise(resolve => {
    const dialog = document.createElement('dialog');
    dialog.className = 'maillage-dialog';
    dialog.setAttribute('aria-labelledby', 'dialogue-titre');
    dialog.setAttribute('aria-describedby', 'dialogue-texte');
    dialog.innerHTML = html`<form method="dialog">
      <h2 class="fr-h5" id="dialogue-titre">${title}</h2>
      <p id="dialogue-texte">${text}</p>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
        <li><button class="fr-btn fr-btn--secondary" value="annuler" autofocus>Annuler</button></li>
        <li><button class="fr-btn maillage-btn--danger" value="confirmer" data-confirm>${confirmLabel}</button></li>
      </ul></form>`;
    const opener = document.activeElement;
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && opener.isConnected) opener.focus();
      resolve(dialog.returnValue === 'confirmer');
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Sets the page title and moves the focus to the page's heading, for screen readers and keyboards. */
export function pageReady(container, title) {
  document.title = `${title} — Maillage`;
  const heading = container.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}
