// What the onboarding pages share: the API's root, French formats, state badges, files to save.
// The markup helpers (html, alert, announce, confirmAction…) are the web shell's own, from /app/ui.js.
import { html } from '/app/ui.js';

// The pages' few additions to the design system.
if (!document.querySelector('link[data-onboarding]')) {
  document.head.insertAdjacentHTML('beforeend', '<link rel="stylesheet" href="/plugins/onboarding/onboarding.css" data-onboarding>');
}

export const root = tenant => `/api/tenants/${encodeURIComponent(tenant)}/onboarding`;

/** The page's own address, with more segments (a volunteer's id, an import's id). */
export const address = (tenant, page, ...more) =>
  ['#/coop', tenant, 'onboarding', page, ...more].map((s, i) => (i ? encodeURIComponent(s) : s)).join('/');

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });
const NUMBER = new Intl.NumberFormat('fr-FR');

export const dateTime = iso => (iso ? DATE_TIME.format(new Date(iso)) : '—');
export const date = iso => (iso ? DATE.format(new Date(`${iso}T12:00:00`)) : '—');
export const number = n => NUMBER.format(n ?? 0);

/** A volunteer's state as a badge; the code stays in data-state for scripts and tests. */
const STATE_KINDS = { NEW: 'new', IN_TEAM: 'success', INACTIVE: 'warning', WITHDRAWN: 'error' };
export function stateBadge(code, label) {
  return html`<p class="fr-badge fr-badge--sm fr-badge--${STATE_KINDS[code] ?? 'info'} fr-badge--no-icon" data-state="${code}">${label}</p>`;
}

/** Whether the signed-in person may act (coordinator of this cooperation) or only read (team referent): the page's `roles`. */
export const canAct = page => (page.roles ?? []).includes('coordinator');

/** Hands a file to the browser's downloads (the API call carried the token; a link could not). */
export { saveFile as save } from '/app/ui.js';

/** Previous and next buttons with the page number between them. */
export function pager(page, pages) {
  return html`<nav class="maillage-pager" aria-label="Pages">
    <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-left-s-line fr-btn--icon-left"
      data-page="${page - 1}"${page <= 1 ? html` disabled` : ''}>Page précédente</button>
    <span>Page ${page} sur ${pages}</span>
    <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-right-s-line fr-btn--icon-right"
      data-page="${page + 1}"${page >= pages ? html` disabled` : ''}>Page suivante</button></nav>`;
}
