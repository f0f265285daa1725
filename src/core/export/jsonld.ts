import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { Annotation, AnnotationBody } from '../store/annotation';
import type { ArticleReport, ExportOptions } from './report';
import { isAbsoluteUri, isDateTime } from './uri';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cTextualBody {
  readonly type: 'TextualBody';
  readonly value: string;
  readonly format?: string;
  readonly purpose: string;
}

export interface W3cLinkBody {
  readonly type: 'SpecificResource';
  readonly source: string;
  readonly purpose: 'linking';
}

export interface W3cAnnotation {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: string;
  readonly created?: string;
  readonly modified?: string;
  readonly creator: { readonly type: 'Person'; readonly name: string };
  readonly body: readonly (W3cTextualBody | W3cLinkBody)[];
  readonly target: {
    readonly type: 'SpecificResource';
    readonly source: string;
    readonly selector: readonly (TextQuoteSelector | TextPositionSelector)[];
  };
}

export interface W3cAnnotationCollection {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly generated: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly W3cAnnotation[];
  };
}

/** Evidence that is not an absolute IRI (a citation typed as text) stays evidence, as a linking TextualBody. */
function exportBody(body: AnnotationBody): W3cTextualBody | W3cLinkBody {
  if (body.type === 'SpecificResource') {
    if (isAbsoluteUri(body.source)) return { type: 'SpecificResource', source: body.source, purpose: 'linking' };
    return { type: 'TextualBody', value: body.source, format: 'text/plain', purpose: 'linking' };
  }
  return body.format
    ? { type: 'TextualBody', value: body.value, format: body.format, purpose: body.purpose }
    : { type: 'TextualBody', value: body.value, purpose: body.purpose };
}

function exportSelectors(annotation: Annotation): (TextQuoteSelector | TextPositionSelector)[] {
  const out: (TextQuoteSelector | TextPositionSelector)[] = [];
  for (const selector of annotation.target.selector) {
    if (selector.type === 'TextQuoteSelector') {
      out.push({
        type: 'TextQuoteSelector', exact: selector.exact,
        ...(selector.prefix ? { prefix: selector.prefix } : {}),
        ...(selector.suffix ? { suffix: selector.suffix } : {}),
      });
    } else if (Number.isInteger(selector.start) && Number.isInteger(selector.end) && selector.start >= 0 && selector.end >= selector.start) {
      out.push({ type: 'TextPositionSelector', start: selector.start, end: selector.end });
    }
  }
  return out;
}

/**
 * The stored note as a plain W3C annotation: the store's own `articleAnnotator` marker is dropped, the
 * quote and position selectors kept, and the workspace path replaced by an absolute IRI.
 */
export function toW3cAnnotation(annotation: Annotation, sourceIri: string): W3cAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id: annotation.id,
    type: 'Annotation',
    motivation: annotation.motivation,
    ...(isDateTime(annotation.created) ? { created: annotation.created } : {}),
    ...(isDateTime(annotation.modified) ? { modified: annotation.modified } : {}),
    creator: { type: 'Person', name: annotation.creator.name },
    body: annotation.body.map(exportBody),
    target: { type: 'SpecificResource', source: sourceIri, selector: exportSelectors(annotation) },
  };
}

/** Every note of every report, in article order, as one W3C AnnotationCollection with its single page embedded. */
export function exportJsonLd(reports: readonly ArticleReport[], options: ExportOptions): string {
  const items: W3cAnnotation[] = [];
  for (const report of reports) {
    const byId = new Map(report.annotations.map((a) => [a.id, a]));
    const source = options.articleIri(report.path);
    for (const note of report.notes) {
      const annotation = byId.get(note.id);
      if (annotation) items.push(toW3cAnnotation(annotation, source));
    }
  }
  const collection: W3cAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: options.collectionId,
    type: 'AnnotationCollection',
    label: `Article Annotator notes: ${reports.map((r) => r.path).join(', ')}`,
    generated: options.generated,
    total: items.length,
    first: { id: `${options.collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
