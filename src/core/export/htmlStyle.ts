import { CLAIM_KINDS, type ClaimKind } from '../claims/types';

/** Colours readable on white and distinguishable in print; each kind also has its own underline style. */
export const KIND_COLOURS: Readonly<Record<ClaimKind, string>> = {
  statistic: '#fde68a',
  comparison: '#fed7aa',
  attribution: '#bfdbfe',
  quote: '#ddd6fe',
  prediction: '#bbf7d0',
  causal: '#fbcfe8',
  event: '#e5e7eb',
};

function kindRules(): string {
  return CLAIM_KINDS.map((kind) => `mark.claim-${kind}, .swatch-${kind} { background: ${KIND_COLOURS[kind]}; }`).join('\n');
}

export function reportStyle(): string {
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 16px/1.6 Georgia, 'Times New Roman', serif; color: #111; background: #fff; margin: 0 auto; max-width: 78rem; padding: 1.5rem; }
h1, h2, h3, .meta, .legend, .notes { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .25rem; border-top: 2px solid #111; padding-top: 1rem; }
.meta { color: #444; font-size: .9rem; margin: .25rem 0 1rem; }
.missing { color: #991b1b; font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: 0; font-size: .85rem; }
.legend li { display: inline-flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border: 1px solid #888; }
.swatch-note { background: transparent; border-bottom: 3px solid #b91c1c; }
.swatch-unsourced { background: transparent; border-bottom: 2px dashed #444; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 2rem; align-items: start; }
.article-text { overflow-wrap: anywhere; }
mark { color: inherit; padding: 0 .05em; }
mark.unsourced { text-decoration: underline dashed #777; text-decoration-thickness: 1px; text-underline-offset: .25em; }
mark.claim-source { background: transparent; font-style: italic; text-decoration: underline dotted #1d4ed8; }
mark.note-anchor { border-bottom: 3px solid #b91c1c; }
mark.note-anchor.drifted { border-bottom-style: dashed; }
${kindRules()}
sup.ref { font: 700 .7rem system-ui, sans-serif; margin-left: .1em; }
sup.ref a { color: #b91c1c; text-decoration: none; }
.notes { font-size: .92rem; }
.notes ol { padding-left: 1.6rem; }
.notes li { margin: 0 0 1.2rem; break-inside: avoid; }
.notes blockquote { margin: .3rem 0; padding: .2rem .6rem; border-left: 3px solid #999; font-family: Georgia, serif; white-space: pre-wrap; overflow-wrap: anywhere; }
.note-head { font-weight: 600; }
.status { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; padding: 0 .35em; border: 1px solid currentColor; border-radius: .2em; }
.status-drifted { color: #92400e; }
.status-orphaned { color: #991b1b; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; margin: .3rem 0; }
.tags { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; padding: 0; margin: .3rem 0; }
.tags li { background: #f1f5f9; border: 1px solid #cbd5e1; border-radius: 1em; padding: 0 .5em; font-size: .8rem; }
.evidence { margin: .3rem 0; padding-left: 1.2rem; overflow-wrap: anywhere; }
.byline { color: #555; font-size: .8rem; }
.now-reads { color: #92400e; }
@media screen and (min-width: 60rem) { .notes { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding-right: .5rem; } }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .layout { display: block; }
  .notes { border-top: 1px solid #999; margin-top: 1rem; }
  h2 { break-before: page; }
  section.report:first-of-type h2 { break-before: auto; }
  mark, .swatch, .tags li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .evidence a::after { content: " (" attr(href) ")"; font-size: .8em; }
  a { color: inherit; }
}
`;
}
