/**
 * Finding a token-based file's tokens in the text again. CoNLL keeps no offsets and no whitespace, and other
 * tools tokenise differently, so each token is looked for from where the previous one ended: whitespace in
 * between is skipped freely, anything else skipped is reported.
 */

import type { Problem } from '../types';
import type { TargetText } from './placing';

export interface AlignedToken {
  /** Code points. */
  readonly start: number;
  readonly end: number;
}

export interface Aligner {
  /** The token's place after the previous one, or null (with a problem recorded) when it is not in the text. */
  next(token: string, where: string): AlignedToken | null;
  /** Moves the search position to a code point (a token whose offsets were given and checked). */
  moveTo(codePoint: number): void;
}

export function createAligner(target: TargetText, problems: Problem[]): Aligner {
  let position = 0;
  return {
    next(token: string, where: string): AlignedToken | null {
      const at = target.text.indexOf(token, position);
      if (at < 0 || token.length === 0) {
        problems.push({ code: 'import-token-not-found', message: `${where}: the token «${token}» is not in the text after offset ${target.offsets.toCodePoint(position)}` });
        return null;
      }
      const skipped = target.text.slice(position, at);
      if (skipped.trim().length > 0) {
        const start = target.offsets.toCodePoint(position);
        problems.push({
          code: 'import-text-skipped',
          message: `${where}: the text «${abbreviate(skipped.trim())}» before the token «${token}» is in no token`,
          span: { start, end: start + [...skipped].length },
        });
      }
      position = at + token.length;
      return { start: target.offsets.toCodePoint(at), end: target.offsets.toCodePoint(position) };
    },
    moveTo(codePoint: number): void {
      position = target.offsets.toUtf16(codePoint);
    },
  };
}

function abbreviate(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? chars.slice(0, 40).join('') + '…' : text;
}
