/**
 * The Corpus overview page's HTML: a strict Content-Security-Policy (no inline script or style, scripts only
 * with this load's nonce, styles and images only from the extension's webview folder), the bundled script and
 * stylesheet, and empty containers the script fills from the data it is posted. Pure, so a test reads it.
 */

export interface OverviewPageSources {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
}

export function overviewHtml(sources: OverviewPageSources): string {
  const csp = [`default-src 'none'`, `img-src ${sources.cspSource} data:`, `style-src ${sources.cspSource}`, `script-src 'nonce-${sources.nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(sources.styleUri)}">
<title>Corpus overview</title>
</head>
<body>
<header>
<h1>Corpus overview</h1>
<p id="summary" role="status">Waiting for the language server…</p>
</header>
<main id="overview" hidden>
<div class="pair">
<section aria-labelledby="speakers-heading">
<h2 id="speakers-heading">Who is quoted</h2>
<div class="chart" id="speakers-box"><canvas id="speakers"></canvas></div>
</section>
<section aria-labelledby="cooccurrence-heading">
<h2 id="cooccurrence-heading">People × organisations: documents naming both</h2>
<div class="chart" id="cooccurrence-box"><canvas id="cooccurrence"></canvas></div>
</section>
</div>
<section aria-labelledby="top-heading">
<h2 id="top-heading">Most mentioned, by type</h2>
<div id="top-entities" class="grid"></div>
</section>
</main>
<script nonce="${attribute(sources.nonce)}" src="${attribute(sources.scriptUri)}"></script>
</body>
</html>`;
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
