// A line chart of indicators month by month (SVG, no library), with the same figures as a table for those
// who do not see it. Colours and dashes only through SVG attributes (the CSP refuses style attributes).
import { html } from '/app/ui.js';

/** The indicators shown first when a cooperation's module declares them: volunteers, teams, members, visits, hours, communes. */
export const KEY_INDICATORS = ['onboarding.volunteers', 'teams.by-status.active', 'teams.members', 'teams.actions', 'teams.volunteer-hours',
  'teams.communes-covered', 'teams.people-met', 'teams.population-covered'];

/** @returns the key indicators among those given, or else the first ones */
export const keyIndicators = (indicators, count) => {
  const keys = KEY_INDICATORS.filter(k => indicators.some(i => i.key === k)).slice(0, count);
  return keys.length ? keys : indicators.slice(0, count).map(i => i.key);
};

export const number = value => (value === undefined || value === null ? '—' : new Intl.NumberFormat('fr-FR').format(value));
export const monthName = month => new Date(`${month}-01T00:00:00Z`).toLocaleDateString('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * @param {string} title what the chart shows, for its accessible name and its table
 * @param {{name: string, values: Map<string, number>, colour: string, dashed?: boolean}[]} series by month (YYYY-MM)
 */
export function lineChart(title, series) {
  const months = [...new Set(series.flatMap(s => [...s.values.keys()]))].sort();
  if (!months.length) return html`<p>Aucune valeur calculée pour cet indicateur.</p>`;
  const max = Math.max(...series.flatMap(s => [...s.values.values()]), 1);
  const x = i => 40 + (months.length === 1 ? 280 : (i * 560) / (months.length - 1));
  const y = v => 170 - (v * 150) / max;
  const line = s => months.map((m, i) => (s.values.has(m) ? `${x(i)},${y(s.values.get(m))}` : null)).filter(Boolean).join(' ');
  const summary = series.map(s => `${s.name} : ${months.filter(m => s.values.has(m)).map(m => `${monthName(m)} ${number(s.values.get(m))}`).join(', ')}`).join(' ; ');
  return html`<figure class="fr-mb-2w"><svg viewBox="0 0 640 200" width="100%" role="img" aria-label="${`${title}. ${summary}`}">
      <line x1="40" y1="170" x2="600" y2="170" stroke="#666"></line><text x="0" y="25" font-size="12">${number(max)}</text>
      <text x="0" y="174" font-size="12">0</text>
      ${series.map(s => html`<polyline points="${line(s)}" fill="none" stroke="${s.colour}" stroke-width="3"
        stroke-dasharray="${s.dashed ? '8 6' : 'none'}" data-series="${s.name}"></polyline>
        ${months.filter(m => s.values.has(m)).map(m => html`<circle cx="${x(months.indexOf(m))}" cy="${y(s.values.get(m))}" r="4" fill="${s.colour}">
          <title>${s.name}, ${monthName(m)} : ${number(s.values.get(m))}</title></circle>`)}`)}
      ${months.map((m, i) => html`<text x="${x(i)}" y="192" font-size="11" text-anchor="middle">${monthName(m)}</text>`)}
    </svg>
    ${series.length > 1 ? html`<figcaption>${series.map(s => html`<span class="fr-mr-2w">${s.dashed ? '- - -' : '——'} ${s.name}</span>`)}</figcaption>` : ''}</figure>
    <details><summary>Les chiffres de la courbe</summary><table class="fr-mt-1w"><caption class="fr-sr-only">${title}</caption>
      <thead><tr><th scope="col">Mois</th>${series.map(s => html`<th scope="col">${s.name}</th>`)}</tr></thead>
      <tbody>${months.map(m => html`<tr><th scope="row">${monthName(m)}</th>${series.map(s => html`<td>${number(s.values.get(m))}</td>`)}</tr>`)}</tbody>
    </table></details>`;
}
