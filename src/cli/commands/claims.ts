import { detectClaims } from '../../core/claims';
import { flag, one, parse } from '../args';
import { readArticle } from '../workspace';
import { jsonForStdout } from '../json';

export const CLAIMS_USAGE = `Usage: article-annotator claims <article> [--json]

Lists the checkable claims in an article: kind, check-worthiness score, the source
the article names for each (or none) and the cues that flagged it.
  --json   print {"article", "claims": [{"id","start","end","text","kind","score","source","cues"}]}
           start/end are UTF-16 offsets into the file's text.`;

export async function claimsCommand(args: readonly string[], out: (text: string) => void): Promise<void> {
  const parsed = parse(args, { json: { type: 'boolean' } });
  if (flag(parsed, 'help')) return out(CLAIMS_USAGE);
  const file = one(parsed, 'article');
  const text = await readArticle(file);
  const claims = detectClaims(text);
  if (flag(parsed, 'json')) {
    const json = claims.map((c) => ({ id: c.id, start: c.start, end: c.end, text: c.text, kind: c.kind, score: c.score, source: c.source, cues: c.cues }));
    return out(jsonForStdout({ article: file, claims: json }));
  }
  const lines = [`${claims.length} claims in ${file}`, ''];
  for (const claim of claims) {
    lines.push(`[${claim.kind}] ${claim.score.toFixed(2)}  ${claim.start}-${claim.end}  ${claim.text.replace(/\s+/g, ' ')}`);
    lines.push(`    source: ${claim.source ? claim.source.text : 'none named'}`);
    if (claim.cues.length > 0) lines.push(`    cues: ${claim.cues.join('; ')}`);
  }
  out(lines.join('\n'));
}
