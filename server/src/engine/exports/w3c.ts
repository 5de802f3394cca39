/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD: one
 * AnnotationCollection whose page holds an Annotation per entity and per quotation. Each target is the input
 * file (a relative IRI) with a TextPositionSelector (code points, as the model counts characters) and a
 * TextQuoteSelector (the exact text with up to 32 UTF-16 units of prefix and suffix, as the correction anchors keep), so a reader can re-find the span
 * after edits. Bodies are TextualBody values: the type (`tagging`), the normal form or speaker name
 * (`identifying`), the quotation kind and cue (`classifying`, `describing`).
 */

import type { Analysis, Anchor } from '../types';
import { createAnchors } from './bulkAnchors';
import { stemOf, type ExportFile } from './formats';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface Body {
  readonly type: 'TextualBody';
  readonly purpose: string;
  readonly value: string;
}

function body(purpose: string, value: string): Body {
  return { type: 'TextualBody', purpose, value };
}

export function exportW3c(analysis: Analysis, fileName: string): readonly ExportFile[] {
  const anchors = createAnchors(analysis.text, [...analysis.entities, ...analysis.quotes]);
  const target = (anchor: Anchor): object => ({
    source: encodeURI(fileName),
    selector: [
      { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
      { type: 'TextQuoteSelector', exact: anchor.text, prefix: anchor.prefix, suffix: anchor.suffix },
    ],
  });
  const entities = analysis.entities.map((e, i) => ({
    id: `#entity-${i + 1}`,
    type: 'Annotation',
    motivation: 'tagging',
    body: [body('tagging', e.type), body('identifying', e.normal)],
    target: target(anchors[i]),
  }));
  const quotes = analysis.quotes.map((q, i) => ({
    id: `#quotation-${i + 1}`,
    type: 'Annotation',
    motivation: 'tagging',
    body: [
      body('tagging', 'QUOTE'),
      body('classifying', q.kind),
      ...(q.speakerName === null ? [] : [body('identifying', q.speakerName)]),
      ...(q.cue === null ? [] : [body('describing', `cue: ${q.cue.text}`)]),
    ],
    target: target(anchors[analysis.entities.length + i]),
  }));
  const items = [...entities, ...quotes];
  const collection = {
    '@context': CONTEXT,
    id: '#annotations',
    type: 'AnnotationCollection',
    label: `presstag annotations of ${fileName}`,
    total: items.length,
    first: { id: '#page-1', type: 'AnnotationPage', startIndex: 0, items },
  };
  return [{ name: `${stemOf(fileName)}.jsonld`, content: JSON.stringify(collection, null, 2) + '\n' }];
}
