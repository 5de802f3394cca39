/**
 * Diagnostics: one per shown entity and one per quotation, so tags appear in the Problems view and as
 * squiggles with the severities the user chose.
 */

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Entity, Quote } from '../../engine';
import type { AnalysedDocument } from '../documents';
import type { Severity } from '../protocol';
import { typeLabel } from './labels';

const SOURCE = 'presstag';

const SEVERITY: Readonly<Record<Exclude<Severity, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function diagnosticsOf(document: AnalysedDocument): Diagnostic[] {
  const { analysis, positions, settings } = document;
  const diagnostics: Diagnostic[] = [];
  const entitySeverity = settings.severity.entities;
  if (entitySeverity !== 'off') {
    const names = new Map(analysis.clusters.map((c) => [c.id, c.name]));
    for (const entity of analysis.entities) {
      if (settings.types.shown.includes(entity.type)) {
        diagnostics.push({
          range: positions.toRange(entity),
          severity: SEVERITY[entitySeverity],
          source: SOURCE,
          code: entity.type,
          message: entityMessage(entity, names.get(entity.cluster)),
        });
      }
    }
  }
  const quoteSeverity = settings.severity.quotes;
  if (quoteSeverity !== 'off') {
    for (const quote of analysis.quotes) {
      diagnostics.push({ range: positions.toRange(quote), severity: SEVERITY[quoteSeverity], source: SOURCE, code: 'QUOTE', message: quoteMessage(quote) });
    }
  }
  return diagnostics;
}

function entityMessage(entity: Entity, clusterName: string | undefined): string {
  const name = clusterName !== undefined && clusterName !== entity.text ? `, «${clusterName}»` : '';
  return `${entity.text} — ${typeLabel(entity.type)}${name}`;
}

function quoteMessage(quote: Quote): string {
  const kind = quote.kind === 'direct' ? 'Quotation' : 'Indirect quotation';
  const speaker = quote.speakerName ?? quote.speaker?.text ?? 'speaker unknown';
  const cue = quote.cue !== null ? ` (cue «${quote.cue.text}»)` : '';
  return `${kind} — ${speaker}${cue}`;
}
