/**
 * What the server refuses to analyse, and says so: a document larger than `presstag.maxFileSize` (the user may
 * analyse it anyway, and that choice is remembered for the document), and a document that is not text (NUL
 * bytes or undecodable characters, which the editor shows as U+FFFD). Each document is told about once; it
 * never throws and never analyses what it refused.
 */

import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { DocumentSnapshot } from './documents';
import type { Settings } from './protocol';

export const ANALYSE_ANYWAY = 'Analyse anyway';

/** How much of a document's start is looked at to tell text from binary data. */
const SNIFF_LENGTH = 64 * 1024;

/** A text is binary when NUL or U+FFFD make up more than this share of its start (a few stray ones are text). */
const BINARY_SHARE = 0.01;

/** Fewer than this many NUL or U+FFFD characters never make a text binary, however short it is. */
const BINARY_MIN_COUNT = 4;

export type Refusal = { readonly kind: 'tooLarge'; readonly bytes: number; readonly limit: number } | { readonly kind: 'binary'; readonly share: number };

/** Why a text is not analysed under these settings, or null when it is. */
export function refusalOf(text: string, settings: Settings): Refusal | null {
  // A UTF-16 unit takes at most three bytes of UTF-8, so a text well under the limit is not counted byte by byte.
  if (text.length * 3 > settings.maxFileSize) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > settings.maxFileSize) {
      return { kind: 'tooLarge', bytes, limit: settings.maxFileSize };
    }
  }
  const sniffed = Math.min(text.length, SNIFF_LENGTH);
  let odd = 0;
  for (let i = 0; i < sniffed; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd) {
      odd++;
    }
  }
  const share = sniffed === 0 ? 0 : odd / sniffed;
  return odd >= BINARY_MIN_COUNT && share > BINARY_SHARE ? { kind: 'binary', share } : null;
}

export interface LimitGate {
  /** Whether the snapshot may be analysed; the first refusal for a document also tells the user why. */
  allows(snapshot: DocumentSnapshot, settings: Settings): boolean;
  /** The document was closed: its next refusal is told again (an "analyse anyway" stays remembered). */
  forget(uri: string): void;
}

/** `onAllowed` runs when the user chose to analyse a large document anyway, so the caller analyses it now. */
export function createLimitGate(connection: Connection, onAllowed: (uri: string) => void): LimitGate {
  const allowedLarge = new Set<string>();
  const told = new Set<string>();
  const refusals = new WeakMap<DocumentSnapshot, Refusal | null>();
  const tell = (uri: string, refusal: Refusal): void => {
    const name = decodeName(uri);
    if (refusal.kind === 'binary') {
      // A notification, not showWarningMessage: that is a request, and a client that cannot answer it must not matter.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `presstag: ${name} does not look like text (${(refusal.share * 100).toFixed(0)}% NUL or undecodable characters), so it is not annotated.`,
      });
      return;
    }
    const message = `presstag: ${name} is ${megabytes(refusal.bytes)}, more than presstag.maxFileSize (${megabytes(refusal.limit)}), so it is not annotated.`;
    connection.window.showInformationMessage(message, { title: ANALYSE_ANYWAY }).then(
      (choice) => {
        if (choice?.title === ANALYSE_ANYWAY) {
          allowedLarge.add(uri);
          onAllowed(uri);
        }
      },
      (error: unknown) => connection.console.error(`presstag: the size message for ${uri} failed: ${String(error)}`),
    );
  };
  return {
    allows(snapshot, settings) {
      let refusal = refusals.get(snapshot);
      if (refusal === undefined) {
        refusal = refusalOf(snapshot.text, settings);
        refusals.set(snapshot, refusal);
      }
      if (refusal === null || (refusal.kind === 'tooLarge' && allowedLarge.has(snapshot.uri))) {
        return true;
      }
      if (!told.has(snapshot.uri)) {
        told.add(snapshot.uri);
        tell(snapshot.uri, refusal);
      }
      return false;
    },
    forget(uri) {
      told.delete(uri);
    },
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function decodeName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
