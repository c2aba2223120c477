// A commission réseau meeting as shown to both sides: when, where, the agenda, the minutes and decisions.
import { html, showError, saveFile } from '/app/ui.js';

const KINDS = { REPORT: 'Rapport', QUESTION: 'Question', PROPOSAL: 'Proposition', NETWORK: 'Réseau' };

export const when = m => `${new Date(m.startsAt).toLocaleString('fr-FR', { dateStyle: 'full', timeStyle: 'short' })}`
  + ` – ${new Date(m.endsAt).toLocaleTimeString('fr-FR', { timeStyle: 'short' })}`;

/** @param name a cooperation's name from its slug (cooperationNames of /app/ui.js) */
export function meetingText(m, { removable = false, name = slug => slug } = {}) {
  return html`<p><strong>${when(m)}</strong></p>
    ${m.place ? html`<p>Lieu : ${m.place}</p>` : ''}
    ${m.videoLink ? html`<p>Visioconférence : <a href="${m.videoLink}" target="_blank" rel="noopener noreferrer">${m.videoLink}</a></p>` : ''}
    <p>Coopérations invitées : ${m.invited.length ? m.invited.map(name).join(', ') : 'aucune'}</p>
    <h2 class="fr-h5">Ordre du jour</h2>
    ${m.agenda.length ? html`<ol data-agenda>${m.agenda.map(i => html`<li data-kind="${i.kind}">
      <span class="fr-badge fr-badge--sm fr-badge--no-icon">${KINDS[i.kind] ?? i.kind}</span> ${i.title}${i.cooperation ? html` (${name(i.cooperation)})` : ''}
      ${removable ? html` <button class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline" type="button" data-remove="${i.position}">Retirer</button>` : ''}</li>`)}</ol>`
      : html`<p>L’ordre du jour reste à établir.</p>`}
    ${typeof m.minutes === 'string' ? html`<h2 class="fr-h5">Compte rendu ${m.published ? '' : html`<span class="fr-badge fr-badge--sm fr-badge--warning">non publié</span>`}</h2>
      <p class="maillage-pre">${m.minutes || '—'}</p>
      ${m.decisions.length ? html`<h3 class="fr-h6">Décisions</h3><ul>${m.decisions.map(d => html`<li>${d.text} — suivi : ${d.followUp}</li>`)}</ul>` : ''}`
      : html`<p><em>Le compte rendu sera visible une fois publié.</em></p>`}
    <button class="fr-btn fr-btn--secondary" type="button" data-action="ics">Ajouter à mon agenda (.ics)</button>`;
}

export function onCalendar(container, api, url) {
  container.querySelector('[data-action="ics"]').addEventListener('click', async () => {
    try {
      saveFile(await api.download(url), 'commission-reseau.ics');
    } catch (error) {
      showError(container, error);
    }
  });
}
