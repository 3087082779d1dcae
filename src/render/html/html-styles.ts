/** Print-friendly styles that read like the municipality's report. */
export const htmlStyles = `
:root { color: #1a1a1a; background: #fff; font-family: Roboto, Arial, sans-serif; font-size: 11pt; line-height: 1.45; }
body { max-width: 50rem; margin: 2rem auto; padding: 0 1rem; }
.letterhead { display: grid; grid-template-columns: 1fr auto; gap: 0.25rem 2rem; border-bottom: 1px solid #555; padding-bottom: 1rem; margin-bottom: 1.5rem; }
.letterhead .recipient { font-weight: 500; margin: 0; }
.letterhead .date { margin: 0; text-align: right; }
.letterhead dl { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.5rem 0 0; font-size: 0.9rem; }
.letterhead dl div { display: flex; gap: 0.4rem; }
.letterhead dt { color: #444; }
.letterhead dd { margin: 0; }
h1 { font-size: 1.45rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 2.25rem 0 0.75rem; border-bottom: 1px solid #999; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.75rem 0 0.5rem; }
ul.dash { list-style: "– "; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.95rem; }
caption { caption-side: top; text-align: left; font-weight: 500; padding-bottom: 0.35rem; }
th, td { border: 1px solid #888; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
thead th { background: #e8edf2; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 600; background: #f3f3f3; }
tr.sub th { padding-left: 1.5rem; font-weight: normal; }
table.schema th[scope="row"] { width: 30%; background: #f3f5f7; font-weight: 500; }
table.schema td p:first-child { margin-top: 0; }
table.schema td p:last-child { margin-bottom: 0; }
.marker { font-size: 0.8em; vertical-align: super; margin-left: 0.1em; }
.footnotes { font-size: 0.85rem; margin: -0.25rem 0 1rem; }
.footnotes p { margin: 0.2rem 0; }
.assessment-summary { display: flex; gap: 2rem; background: #f3f5f7; padding: 0.5rem 0.75rem; margin: 0.5rem 0 1rem; }
.assessment-summary div { display: flex; gap: 0.4rem; }
.assessment-summary dt { font-weight: 500; }
.assessment-summary dd { margin: 0; }
.forecast { border-left: 4px solid #1f5f8b; padding: 0.1rem 0.75rem; margin: 0 0 1rem; }
.forecast-note { display: block; font-size: 0.9rem; color: #333; }
figure.chart { margin: 1rem 0; }
figure.chart figcaption { font-size: 0.9rem; color: #333; }
figure.chart svg { max-width: 100%; height: auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
`;
