// What the experience-sharing pages share: a fiche's body (HTML the server rendered from Markdown and cleaned,
// rebuilt here element by element from an allowlist, never assigned as markup), its details, its files and its
// exchanges with other cooperations.
import { html, saveFile, showError, cooperationNames } from '/app/ui.js';

const ALLOWED = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'BR', 'A', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'CODE',
  'EM', 'STRONG', 'B', 'I', 'U', 'S', 'STRIKE', 'SUB', 'SUP', 'Q', 'CITE', 'SMALL', 'DL', 'DT', 'DD']);

function copyAllowed(from, to) {
  from.childNodes.forEach(node => {
    if (node.nodeType === 3) {
      to.append(document.createTextNode(node.textContent));
    } else if (node.nodeType === 1 && ALLOWED.has(node.tagName)) {
      const element = document.createElement(node.tagName.toLowerCase());
      const href = node.getAttribute('href');
      if (node.tagName === 'A' && href && /^(https?:|mailto:)/i.test(href)) {
        element.setAttribute('href', href);
        element.setAttribute('rel', 'nofollow noopener noreferrer');
        element.setAttribute('target', '_blank');
      }
      copyAllowed(node, element);
      to.append(element);
    } else if (node.nodeType === 1) {
      copyAllowed(node, to);
    }
  });
}

/** Shows a fiche's body in the element: the server cleaned it; the page keeps only the elements it expects. */
export function showBody(element, bodyHtml) {
  const parsed = new window.DOMParser().parseFromString(bodyHtml ?? '', 'text/html');
  element.replaceChildren();
  copyAllowed(parsed.body, element);
}

/**
 * The controlled lists of a fiche (themes, partner kinds, states), read once per page, with {@code cooperation}:
 * a cooperation's name from its slug.
 */
export async function lists(api, tenant) {
  const [labels, cooperation] = await Promise.all([
    api.get(`/api/tenants/${encodeURIComponent(tenant)}/experience/fiches/lists`), cooperationNames(api)]);
  return { ...labels, cooperation };
}

const date = value => (value ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date(value)) : '');
export const when = value => (value ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value)) : '');

/** The details of a fiche: themes, tags, territory, partners, period, results, contact. */
export function details(f, labels) {
  const themes = (f.themes ?? []).map(t => labels?.themes?.[t] ?? t);
  const partners = (f.partnerKinds ?? []).map(k => labels?.partnerKinds?.[k] ?? k);
  const results = f.results ?? [];
  return html`<dl class="experience-details">
    ${themes.length ? html`<dt>Thèmes</dt><dd><ul class="fr-tags-group">${themes.map(t => html`<li><p class="fr-tag fr-tag--sm">${t}</p></li>`)}</ul></dd>` : ''}
    ${f.tags?.length ? html`<dt>Mots-clés</dt><dd>${f.tags.join(', ')}</dd>` : ''}
    ${f.communes?.length ? html`<dt>Communes</dt><dd>${f.communes.join(', ')}</dd>` : ''}
    ${f.departements?.length ? html`<dt>Départements</dt><dd>${f.departements.join(', ')}</dd>` : ''}
    ${partners.length ? html`<dt>Partenaires</dt><dd>${partners.join(', ')}</dd>` : ''}
    ${f.periodFrom || f.periodTo ? html`<dt>Période</dt><dd>${f.periodFrom ? `du ${date(f.periodFrom)}` : ''} ${f.periodTo ? `au ${date(f.periodTo)}` : ''}</dd>` : ''}
    ${results.length ? html`<dt>Résultats</dt><dd><ul>${results.map(r => html`<li><strong>${String(r.value)}</strong> ${r.unit ?? ''} — ${r.label}</li>`)}</ul></dd>` : ''}
    ${f.contactRole ? html`<dt>Contact</dt><dd>${f.contactRole}</dd>` : ''}
  </dl>`;
}

/** The files of a fiche as download buttons (never opened in the page). */
export function files(attachments) {
  if (!attachments?.length) return '';
  return html`<h2 class="fr-h6 fr-mt-3w">Fichiers</h2><ul class="fr-btns-group fr-btns-group--inline-sm">${attachments.map(a => html`<li>
    <button class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-download-line fr-btn--icon-left" type="button" data-file="${a.id}"
      data-name="${a.fileName}">${a.fileName} (${Math.ceil(a.size / 1024)} ko)</button></li>`)}</ul>`;
}

export function onFiles(container, api, root) {
  container.querySelectorAll('[data-file]').forEach(button => button.addEventListener('click', async () => {
    try {
      saveFile(await api.download(`${root}/attachments/${encodeURIComponent(button.dataset.file)}`), button.dataset.name);
    } catch (error) {
      showError(container, error);
    }
  }));
}

/** The questions and comments of other cooperations, with the answers; answer forms for the author cooperation. */
export function exchanges(list, { answering = false, name = slug => slug } = {}) {
  if (!list?.length) return html`<p>Aucun échange pour le moment.</p>`;
  return html`<ul class="experience-exchanges">${list.map(e => html`<li class="fr-mb-2w" data-exchange="${e.id}">
    <p class="fr-mb-1v"><strong>${e.kind === 'QUESTION' ? 'Question' : 'Commentaire'}</strong> de ${e.authorName} (${name(e.cooperation)}),
      ${when(e.createdAt)}</p>
    <blockquote class="fr-mb-1v">${e.text}</blockquote>
    ${e.answer ? html`<p class="fr-mb-1v"><strong>Réponse</strong> de ${e.answerAuthorName}, ${when(e.answeredAt)} :</p><blockquote>${e.answer}</blockquote>` : ''}
    ${answering && e.kind === 'QUESTION' && !e.answer ? html`<form data-answer="${e.id}" data-version="${e.version}" novalidate>
      <div class="fr-input-group" data-field="text"><label class="fr-label" for="reponse-${e.id}">Votre réponse</label>
        <textarea class="fr-input" id="reponse-${e.id}" name="text" rows="3" maxlength="4000"></textarea>
        <div class="fr-messages-group" aria-live="polite"></div></div>
      <button class="fr-btn fr-btn--sm" type="submit">Répondre</button></form>` : ''}
  </li>`)}</ul>`;
}
