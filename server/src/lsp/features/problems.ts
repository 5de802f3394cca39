/**
 * Problems as diagnostics: what the analysis reports about the user's corrections (decisions that could not be
 * re-attached) and what the store reports about its files (an unreadable sidecar or lists file), shown as
 * warnings on the document's first line so they reach the Problems view and are not mistaken for a tag.
 */

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Problem } from '../../engine';
import type { AnalysedDocument } from '../documents';

const SOURCE = 'presstag';

export function problemDiagnosticsOf(document: AnalysedDocument, hostProblems: readonly Problem[]): Diagnostic[] {
  const { analysis, positions } = document;
  const firstLineEnd = [...analysis.text.split(/\r\n|\r|\n/, 1)[0]].length;
  const firstLine = positions.toRange({ start: 0, end: firstLineEnd });
  return [...hostProblems, ...analysis.problems].map((problem) => ({
    range: problem.span !== undefined ? positions.toRange(problem.span) : firstLine,
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: problem.code,
    message: problem.message,
  }));
}
