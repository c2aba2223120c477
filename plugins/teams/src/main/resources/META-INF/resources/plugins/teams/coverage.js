// The teams plugin's coverage page: shares of communes and population covered by active teams, a
// schematic map of the intercommunalités (tiles sized by population, coloured by covered share: the
// territory data has no geometry) and the zones blanches ranked.
import { applyStyles, html, count } from '/app/ui.js';

const pct = share => `${(share * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
const num = n => Number(n).toLocaleString('fr-FR');
// Covered share → colour, from none (light grey) to all (dark green); five steps, with a legend.
const STEPS = [[0, '#eeeeee', 'aucune'], [0.25, '#c9e4c5', 'moins d’un quart'], [0.5, '#8cc084', 'moins de la moitié'],
  [0.75, '#4f9a4a', 'moins des trois quarts'], [1.01, '#1f6a2a', 'trois quarts ou plus']];
const colour = share => (share === 0 ? STEPS[0] : STEPS.slice(1).find(([max]) => share < max) || STEPS[4]);

export default class CoveragePage extends HTMLElement {
  connectedCallback() {
    this.rank = 'population';
    this.show();
  }

  async show() {
    this.innerHTML = html`<h1 class="fr-h3">Couverture du territoire</h1><p>Chargement…</p>`;
    const c = await this.api.get(`/api/tenants/${encodeURIComponent(this.tenant)}/teams/coverage?rank=${this.rank}`);
    const total = c.epcis.reduce((s, e) => s + e.population, 0) || 1;
    const tile = e => {
      const [, bg] = colour(e.populationShare);
      const dark = e.populationShare >= 0.5;
      return html`<li title="${e.label}" data-css="flex:${Math.max(e.population / total * 100, 2)} 1 ${Math.max(Math.sqrt(e.population / total) * 30, 5)}rem;
        min-height:4rem;background:${bg};color:${dark ? '#fff' : '#161616'};padding:.25rem;font-size:.75rem;border:1px solid #999">
        <strong>${e.label}</strong><br>${e.coveredCommunes}/${e.communes} communes, ${pct(e.populationShare)} de ${num(e.population)} hab.</li>`;
    };
    this.innerHTML = html`<h1 class="fr-h3">Couverture du territoire</h1>
      <p class="fr-text--lead">${count(c.coveredCommunes, 'commune couverte', 'communes couvertes')} sur ${num(c.communes)} (${pct(c.communeShare)}),
        ${num(c.coveredPopulation)} habitants sur ${num(c.population)} (${pct(c.populationShare)}).</p>
      <h2 class="fr-h5">Intercommunalités</h2>
      <p class="fr-text--sm">Schéma, sans fond de carte : chaque pavé est une intercommunalité (nommée d’après sa commune la plus peuplée),
        sa surface suit sa population, sa couleur la part de sa population couverte par une équipe active.</p>
      <ul aria-label="Légende" data-css="display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0">
        ${STEPS.map(([, bg, label]) => html`<li><span aria-hidden="true" data-css="display:inline-block;width:1rem;height:1rem;background:${bg};border:1px solid #666;vertical-align:middle"></span> ${label}</li>`)}</ul>
      <ul data-css="display:flex;flex-wrap:wrap;gap:2px;list-style:none;padding:0">${c.epcis.map(tile)}</ul>
      <h2 class="fr-h5 fr-mt-4w">Zones blanches</h2>
      <div class="fr-select-group"><label class="fr-label" for="rank">Classer par</label><select class="fr-select" id="rank">
        <option value="population"${this.rank === 'population' ? html` selected` : ''}>population</option>
        <option value="volunteers"${this.rank === 'volunteers' ? html` selected` : ''}${c.withVolunteers ? '' : html` disabled`}>bénévoles accueillis à proximité</option></select></div>
      <div class="fr-table"><table><caption>Les ${Math.min(30, c.zonesBlanches.length)} premières sur ${num(c.zonesBlanches.length)}</caption>
        <thead><tr><th scope="col">Commune</th><th scope="col">Population</th>${c.withVolunteers ? html`<th scope="col">Bénévoles</th><th scope="col">Dans l’intercommunalité</th>` : ''}</tr></thead>
        <tbody>${c.zonesBlanches.slice(0, 30).map(z => html`<tr><td>${z.nom} (${z.code})</td><td>${num(z.population)}</td>
          ${c.withVolunteers ? html`<td>${z.volunteers}</td><td>${z.volunteersInEpci}</td>` : ''}</tr>`)}</tbody></table></div>
      <h2 class="fr-h5">Communes couvertes</h2>
      <ul>${c.covered.length ? c.covered.map(v => html`<li>${v.nom} — ${v.teams.join(', ')}</li>`)
        : html`<li>Aucune commune couverte : aucune équipe n’est active.</li>`}</ul>`;
    applyStyles(this);
    this.querySelector('#rank').addEventListener('change', e => { this.rank = e.target.value; this.show(); });
  }
}
customElements.define('maillage-teams-coverage', CoveragePage);
