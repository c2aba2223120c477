// « Tableau de bord » of a cooperation: its key indicators month by month next to the network's median
// (taken over five cooperations or more, so that no cooperation's figures can be read from it).
import { html, field, pageReady } from '/app/ui.js';
import { lineChart, number, monthName, keyIndicators } from './chart.js';

export default class TrendsPage extends HTMLElement {
  async connectedCallback() {
    this.innerHTML = html`<h1 class="fr-h3">Tableau de bord</h1><p>Chargement…</p>`;
    const root = `/api/tenants/${encodeURIComponent(this.tenant)}/indicators`;
    [this.table, this.median] = await Promise.all([this.api.get(root), this.api.get(`${root}/network-median`)]);
    this.keys = keyIndicators(this.table.indicators, 8);
    this.chosen = this.keys[0];
    this.render();
  }

  render() {
    const t = this.table;
    const latest = t.months.at(-1);
    const indicator = t.indicators.find(i => i.key === this.chosen);
    const own = new Map(t.months.filter(m => m.values[this.chosen] !== undefined).map(m => [m.month, Number(m.values[this.chosen])]));
    const median = new Map(this.median.filter(m => m.values[this.chosen] !== undefined).map(m => [m.month, Number(m.values[this.chosen])]));
    this.innerHTML = html`<h1 class="fr-h3">Tableau de bord</h1>
      ${latest ? html`<p>Derniers chiffres : ${monthName(latest.month)}${latest.closed ? ' (mois clos)' : ' (mois en cours, recalculé régulièrement)'}.</p>
        <div class="fr-grid-row fr-grid-row--gutters fr-mb-3w">${this.keys.map(k => t.indicators.find(i => i.key === k)).map(i => html`<div class="fr-col-12 fr-col-md-3">
          <div class="fr-tile fr-tile--sm"><div class="fr-tile__body"><div class="fr-tile__content">
            <p class="fr-tile__title" data-indicator="${i.key}">${number(latest.values[i.key])}</p><p class="fr-tile__desc">${i.label} (${i.unit})</p>
          </div></div></div></div>`)}</div>`
        : html`<p>Aucun indicateur n’a encore été calculé pour la coopération.</p>`}
      ${t.indicators.length ? html`<form id="choose" novalidate>${field({ name: 'indicator', id: 'tendance-indicateur', label: 'Indicateur',
        value: this.chosen, choices: t.indicators.map(i => ({ value: i.key, label: `${i.label} (${i.unit})` })) })}</form>
        <h2 class="fr-h5">${indicator?.label ?? ''} : la coopération et la médiane du réseau</h2>
        ${lineChart(indicator?.label ?? '', [{ name: 'La coopération', values: own, colour: '#000091' },
          ...(median.size ? [{ name: 'Médiane du réseau', values: median, colour: '#ce614a', dashed: true }] : [])])}
        ${median.size ? '' : html`<p>La médiane du réseau n’est pas encore disponible pour cet indicateur (il faut cinq coopérations au moins).</p>`}` : ''}`;
    this.querySelector('#tendance-indicateur')?.addEventListener('change', e => { this.chosen = e.target.value; this.render(); });
    pageReady(this, 'Tableau de bord');
  }
}
