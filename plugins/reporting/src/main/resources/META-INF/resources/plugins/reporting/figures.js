// A report's figures: one row per indicator, one column per month of the period that has values.
import { html, saveFile, showError } from '/app/ui.js';
import { number, monthName } from './chart.js';


export function figuresTable(figures) {
  const months = Object.keys(figures.months).sort();
  const origin = html`<p>${figures.frozen ? 'Chiffres transmis avec le rapport (figés).'
    : 'Chiffres du jour, tirés des indicateurs mensuels de la coopération ; ils seront figés à la transmission.'}</p>`;
  if (!months.length) {
    return html`${origin}<p>Aucun indicateur n’a été calculé pour les mois de cette période.</p>`;
  }
  return html`${origin}
    <div class="fr-table fr-table--no-caption"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content" tabindex="0">
    <table><caption>Indicateurs mois par mois</caption>
      <thead><tr><th scope="col">Indicateur</th>${months.map(m => html`<th scope="col">${monthName(m)}</th>`)}</tr></thead>
      <tbody>${figures.indicators.map(i => html`<tr><th scope="row">${i.label} <span class="fr-hint-text">${i.unit}</span></th>
        ${months.map(m => html`<td data-indicator="${i.key}" data-month="${m}">${figures.months[m][i.key] === undefined ? '—' : number(figures.months[m][i.key])}</td>`)}</tr>`)}</tbody>
    </table></div></div></div></div>`;
}

export function narrativeText(n) {
  const part = (title, text) => html`<h3 class="fr-h6">${title}</h3><p class="maillage-pre-wrap">${text || '—'}</p>`;
  return html`${part('Faits marquants', n.highlights)}${part('Difficultés', n.difficulties)}${part('Besoins exprimés auprès du réseau', n.needs)}
    ${part('Histoires des équipes', n.teamStories)}<p>Contact : ${n.contactEmail || '—'}</p>`;
}

/** The report's PDF button, and what it does. */
export const pdfButton = html`<p><button type="button" class="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line"
  data-action="pdf">Télécharger en PDF</button></p>`;

export function onPdf(container, api, url) {
  container.querySelector('[data-action="pdf"]').addEventListener('click', async () => {
    try {
      saveFile(await api.download(url), 'rapport.pdf');
    } catch (error) {
      showError(container, error);
    }
  });
}
