import type { CommuneFigures } from './commune-figures';

/** What the public page of a commune shows: aggregates only, the small ones masked. */
export interface PublicResults {
  figures: CommuneFigures;
  minCell: number;
  clearCasesOpened: number | null;
  clearCasesResolved: number | null;
  plan: { title: string; objectives: string[] } | null;
  departementName: string;
  generatedAt: string;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
const number = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/**
 * The page a commune's inhabitants read, served without login: plain HTML (no script), readable on
 * a telephone, in French, with tables that have their captions and headers. Every text is escaped.
 */
export function publicPageHtml(results: PublicResults): string {
  const { figures, minCell } = results;
  const masked = `&lt;&nbsp;${minCell}`;
  const rows = figures.facts
    .map(
      (
        row,
      ) => `<tr><th scope="row">${escape(row.label)}</th><td>${row.count === null ? masked : number(row.count)}</td>
        <td>${row.rate === null ? '—' : number(row.rate)}</td><td>${row.departementRate === null ? '—' : number(row.departementRate)}</td></tr>`,
    )
    .join('\n');
  const cases = (value: number | null) => (value === null ? masked : number(value));
  const plan = results.plan
    ? `<section><h2>Le plan d’action départemental</h2><p>${escape(results.plan.title)}</p>
        ${results.plan.objectives.length ? `<ul>${results.plan.objectives.map((title) => `<li>${escape(title)}</li>`).join('')}</ul>` : ''}</section>`
    : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sécurité du quotidien à ${escape(figures.name)} — résultats</title>
<style>
  body { font-family: Marianne, Arial, sans-serif; color: #161616; margin: 0; line-height: 1.5; }
  header { background: #000091; color: #fff; padding: 1rem 1.5rem; }
  header p { margin: 0; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
  h1 { font-size: 1.75rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
  table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
  caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
  th, td { border-bottom: 1px solid #cecece; padding: 0.4rem 0.5rem; text-align: right; }
  th[scope="row"], thead th:first-child { text-align: left; font-weight: normal; }
  thead th { background: #e3e3fd; }
  .chiffres { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
  .chiffres li { border: 1px solid #cecece; padding: 0.75rem 1rem; flex: 1 1 12rem; }
  .chiffres strong { display: block; font-size: 1.5rem; }
  .note { color: #666; font-size: 0.9rem; }
  .table { overflow-x: auto; }
</style>
</head>
<body>
<header><p>Préfecture — ${escape(results.departementName)} · Continuum</p></header>
<main>
<h1>Sécurité du quotidien à ${escape(figures.name)}</h1>
<p>Les résultats de la commune sur douze mois (${escape(figures.period)}), publiés par la préfecture. Chiffres agrégés : aucun chiffre de moins de ${minCell} n’est publié (« ${masked} »).</p>
<ul class="chiffres">
  <li><strong>${number(figures.presenceHours)}&nbsp;h</strong> de présence visible des forces de sécurité${figures.presencePerThousand === null ? '' : ` (${number(figures.presencePerThousand)} pour 1&nbsp;000 habitants ; département : ${number(figures.departementPresencePerThousand ?? 0)})`}</li>
  <li><strong>${number(figures.operationsDone)}</strong> opération${figures.operationsDone > 1 ? 's' : ''} coordonnée${figures.operationsDone > 1 ? 's' : ''} menée${figures.operationsDone > 1 ? 's' : ''}</li>
  <li><strong>${cases(results.clearCasesOpened)}</strong> dossier${results.clearCasesOpened === 1 ? '' : 's'} public${results.clearCasesOpened === 1 ? '' : 's'} ouvert${results.clearCasesOpened === 1 ? '' : 's'}, <strong>${cases(results.clearCasesResolved)}</strong> résolu${results.clearCasesResolved === 1 ? '' : 's'}</li>
</ul>
<section>
<h2>Faits enregistrés par catégorie</h2>
<div class="table"><table>
<caption>Faits enregistrés par la police et la gendarmerie, ${escape(figures.period)}</caption>
<thead><tr><th scope="col">Catégorie</th><th scope="col">Faits</th><th scope="col">Pour 1&nbsp;000 hab.</th><th scope="col">Département, pour 1&nbsp;000 hab.</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="4">Aucun fait enregistré sur la période.</td></tr>'}
</tbody>
</table></div>
<p class="note">${figures.partial ? `Au moins ${number(figures.visibleFacts)} faits (des chiffres trop petits sont masqués).` : `${number(figures.visibleFacts)} faits au total.`} Population : ${number(figures.population)} habitants.</p>
</section>
${plan}
<p class="note">Page mise à jour le ${escape(results.generatedAt)}.</p>
</main>
</body>
</html>
`;
}

/** What a browser shows for a commune whose page is not published (or does not exist): the same words either way. */
export function closedPageHtml(): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page introuvable</title>
<style>body { font-family: Marianne, Arial, sans-serif; color: #161616; margin: 0 auto; max-width: 40rem; padding: 2rem 1.5rem; line-height: 1.5; }</style>
</head>
<body>
<main>
<h1>Page introuvable</h1>
<p>Cette page de résultats n’existe pas ou n’est pas publiée. Les résultats d’une commune sont publiés par la préfecture lorsqu’elle le décide.</p>
</main>
</body>
</html>
`;
}
