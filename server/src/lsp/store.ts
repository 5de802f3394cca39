/**
 * The user's corrections per document, kept where the user can share them: each file document's decisions in
 * its sidecar (host/sidecar.ts), names always or never tagged in the workspace lists file and settings
 * (host/lists.ts). Files are read when a document opens and when a watched file changes, so decisions made by
 * another program or pulled by a colleague take effect. Where nothing may or can be written (an untrusted
 * workspace, an untitled document, an unreadable sidecar that must not be overwritten) decisions stay in memory
 * until the server stops, and the user is told why, once.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InitializeParams } from 'vscode-languageserver';
import { reanchorCorrections, type Correction } from '../engine';
import { addDecisions, readDecisions, removeDecision, sameDecision, sidecarPathOf, SIDECAR_SUFFIX, writeDecisions } from '../host/sidecar';
import type { InitializationOptions, Settings } from './protocol';
import { pathOfUri } from './workspace/files';
import { addListEntries, joinLists, listCorrections, listsPathFor, readLists, LISTS_FILE, NO_LISTS, type WorkspaceLists } from '../host/lists';

/** Where a correction is kept: beside its document, or in the workspace lists for every document. */
export type CorrectionScope = 'document' | 'workspace';

/** A stored file that cannot be used, shown on the documents it concerns. */
export interface StoreProblem {
  readonly code: 'sidecar-unreadable' | 'lists-unreadable';
  readonly message: string;
}

export interface StoreOptions {
  /** Tells the user something they must know about their corrections; the store says each thing once. */
  readonly warn: (message: string) => void;
}

/** What the client says at initialization. */
export interface StoreWorkspace {
  /** Whether files may be written: false in an untrusted workspace. */
  readonly trusted: boolean;
  readonly workspaceRoots: readonly string[];
}

export interface CorrectionStore {
  /** The lists' corrections, then the document's own decisions: what the engine applies, in order. */
  list(uri: string): readonly Correction[];
  add(uri: string, correction: Correction, scope?: CorrectionScope): void;
  /** Decisions for one document at once (an import): one write of its sidecar. */
  addAll(uri: string, corrections: readonly Correction[]): void;
  /** The document's own decisions (not the lists'), stored and kept in memory, in order. */
  decisions(uri: string): readonly Correction[];
  /** Takes back one of the document's decisions. */
  forget(uri: string, correction: Correction): void;
  /** Grows whenever what `list(uri)` or `problems(uri)` returns changes. */
  revision(uri: string): number;
  problems(uri: string): readonly StoreProblem[];
  /** Reads the document's sidecar and lists again: when it opens, since another program may have changed them. */
  open(uri: string): void;
  close(uri: string): void;
  /** The lists from the settings that apply to `uri`. */
  useSettingsLists(uri: string, lists: Settings['lists']): void;
  /** A watched file changed on disk; returns the documents whose corrections changed. */
  fileChanged(fileUri: string): readonly string[];
  /** A document was renamed or moved in the editor: its sidecar follows it (a folder's move takes them along anyway). */
  renamed(oldUri: string, newUri: string): void;
  /** After a save, anchors are refreshed from the saved text, so later edits are measured from it. */
  saved(uri: string, text: string): void;
  initialize(workspace: StoreWorkspace): void;
  /** The workspace became trusted: decisions kept in memory are written now. */
  trust(): void;
}

interface DocumentEntry {
  readonly path: string | null;
  /** What the sidecar holds, as last read. */
  stored: readonly Correction[];
  /** Decisions not written (yet): untrusted, untitled, or the sidecar unreadable. */
  pending: readonly Correction[];
  sidecarProblem: StoreProblem | null;
  /** The sidecar's modification time and size when last read, to notice a change nobody announced. */
  sidecarStamp: string;
  listsPath: string | null;
  settingsLists: WorkspaceLists;
  open: boolean;
  /** What `list` last returned, serialized. */
  listed: string;
  revision: number;
}

type ListsState = { readonly lists: WorkspaceLists; readonly problem: StoreProblem | null; readonly stamp: string };

export function createStore(options: StoreOptions): CorrectionStore {
  let trusted = true;
  let workspaceRoots: readonly string[] = [];
  const documents = new Map<string, DocumentEntry>();
  const listsFiles = new Map<string, ListsState>();
  /** List entries not written to a file, for every document. */
  let pendingLists: WorkspaceLists = NO_LISTS;
  const told = new Set<string>();
  const warnOnce = (message: string): void => {
    if (!told.has(message)) {
      told.add(message);
      options.warn(message);
    }
  };
  const untrustedWarning = (): void =>
    warnOnce('presstag: this workspace is not trusted, so corrections are kept in memory until the server stops; no sidecar or list file is written. Trust the workspace to save them.');

  const entryOf = (uri: string): DocumentEntry => {
    let entry = documents.get(uri);
    if (entry === undefined) {
      const file = pathOfUri(uri);
      entry = { path: file, stored: [], pending: [], sidecarProblem: null, sidecarStamp: '', listsPath: null, settingsLists: NO_LISTS, open: false, listed: '', revision: 0 };
      documents.set(uri, entry);
    }
    return entry;
  };
  const bump = (entry: DocumentEntry): void => {
    entry.revision++;
  };

  const listsState = (file: string): ListsState => {
    let state = listsFiles.get(file);
    const stamp = stampOf(file);
    if (state === undefined || state.stamp !== stamp) {
      const read = readLists(file);
      state = read.ok
        ? { lists: read.lists, problem: null, stamp }
        : { lists: NO_LISTS, problem: { code: 'lists-unreadable', message: `${read.path} ${read.message}; the lists in it are not applied, and it is left untouched.` }, stamp };
      if (state.problem !== null) {
        warnOnce(`presstag: ${state.problem.message}`);
      }
      listsFiles.set(file, state);
    }
    return state;
  };

  /** Reads the sidecar again; returns whether what it holds changed. */
  const readSidecar = (entry: DocumentEntry): boolean => {
    if (entry.path === null) {
      return false;
    }
    const before = JSON.stringify([entry.stored, entry.sidecarProblem]);
    entry.sidecarStamp = stampOf(sidecarPathOf(entry.path));
    const read = readDecisions(entry.path);
    if (read.ok) {
      entry.stored = read.decisions;
      entry.sidecarProblem = null;
    } else {
      entry.stored = [];
      entry.sidecarProblem = {
        code: 'sidecar-unreadable',
        message: `${read.path} ${read.message}. The document is analysed without its stored corrections; the file is left untouched and new corrections stay in memory until it is fixed.`,
      };
      warnOnce(`presstag: ${entry.sidecarProblem.message}`);
    }
    return JSON.stringify([entry.stored, entry.sidecarProblem]) !== before;
  };

  /** Writes the decisions kept in memory where that is now possible; returns whether any were written. */
  const flush = (entry: DocumentEntry): boolean => {
    if (!trusted || entry.path === null || entry.sidecarProblem !== null || entry.pending.length === 0) {
      return false;
    }
    try {
      addDecisions(entry.path, entry.pending);
      entry.pending = [];
      readSidecar(entry);
      return true;
    } catch (error) {
      warnOnce(`presstag: ${messageOf(error)}. Corrections are kept in memory until the server stops.`);
      return false;
    }
  };

  const locateLists = (entry: DocumentEntry): void => {
    entry.listsPath = entry.path === null ? null : listsPathFor(entry.path, workspaceRoots);
  };

  const flushLists = (file: string): void => {
    if (!trusted || listsState(file).problem !== null || (pendingLists.allow.length === 0 && pendingLists.ignore.length === 0)) {
      return;
    }
    try {
      addListEntries(file, pendingLists);
      pendingLists = NO_LISTS;
      listsFiles.delete(file);
    } catch (error) {
      warnOnce(`presstag: ${messageOf(error)}. The list entry is kept in memory until the server stops.`);
    }
  };

  const addToLists = (entry: DocumentEntry, correction: Correction): void => {
    const added: WorkspaceLists =
      correction.kind === 'tagAll'
        ? { allow: [{ text: correction.text, type: correction.type }], ignore: [] }
        : correction.kind === 'removeAll'
          ? { allow: [], ignore: [correction.type === undefined ? { text: correction.text } : { text: correction.text, type: correction.type }] }
          : NO_LISTS;
    pendingLists = joinLists(pendingLists, added);
    if (!trusted) {
      untrustedWarning();
    } else if (entry.listsPath === null) {
      warnOnce('presstag: a document that is not a file has no workspace lists file; the list entry is kept in memory until the server stops.');
    } else {
      const problem = listsState(entry.listsPath).problem;
      if (problem !== null) {
        warnOnce(`presstag: ${problem.message} The list entry is kept in memory until the server stops.`);
      }
      flushLists(entry.listsPath);
      locateListsEverywhere();
    }
    documents.forEach(bump);
  };

  const addDocumentDecisions = (uri: string, corrections: readonly Correction[]): void => {
    if (corrections.length === 0) {
      return;
    }
    const entry = entryOf(uri);
    entry.pending = [...entry.pending, ...corrections];
    bump(entry);
    if (!trusted) {
      untrustedWarning();
    } else if (entry.path === null) {
      warnOnce('presstag: corrections to a document that is not saved as a file are kept in memory until the server stops.');
    } else if (entry.sidecarProblem !== null) {
      warnOnce(`presstag: ${entry.sidecarProblem.message}`);
    } else {
      flush(entry);
    }
  };

  const locateListsEverywhere = (): void => {
    for (const entry of documents.values()) {
      locateLists(entry);
    }
  };

  return {
    list(uri) {
      const entry = entryOf(uri);
      // A document not open (the workspace index reads those) is read afresh: nothing tells the store it changed.
      if (!entry.open) {
        readSidecar(entry);
        locateLists(entry);
      } else if (entry.path !== null && stampOf(sidecarPathOf(entry.path)) !== entry.sidecarStamp && readSidecar(entry)) {
        flush(entry);
      }
      const fileLists = entry.listsPath === null ? NO_LISTS : listsState(entry.listsPath).lists;
      const corrections = [...listCorrections(joinLists(entry.settingsLists, fileLists, pendingLists)), ...entry.stored, ...entry.pending];
      // A file changed on disk changes the list without any call here: the revision must still move.
      const listed = JSON.stringify(corrections);
      if (listed !== entry.listed) {
        entry.listed = listed;
        bump(entry);
      }
      return corrections;
    },
    add(uri, correction, scope = 'document') {
      if (scope === 'workspace' && (correction.kind === 'tagAll' || correction.kind === 'removeAll')) {
        addToLists(entryOf(uri), correction);
      } else {
        addDocumentDecisions(uri, [correction]);
      }
    },
    addAll: (uri, corrections) => addDocumentDecisions(uri, corrections),
    decisions(uri) {
      const entry = entryOf(uri);
      return [...entry.stored, ...entry.pending];
    },
    forget(uri, correction) {
      const entry = entryOf(uri);
      const pending = entry.pending.findIndex((d) => sameDecision(d, correction));
      if (pending >= 0) {
        entry.pending = [...entry.pending.slice(0, pending), ...entry.pending.slice(pending + 1)];
      } else if (entry.path === null || !entry.stored.some((d) => sameDecision(d, correction))) {
        return;
      } else if (!trusted) {
        untrustedWarning();
        return;
      } else {
        try {
          removeDecision(entry.path, correction);
        } catch (error) {
          warnOnce(`presstag: ${messageOf(error)}`);
        }
        readSidecar(entry);
      }
      bump(entry);
    },
    revision: (uri) => documents.get(uri)?.revision ?? 0,
    problems(uri) {
      const entry = entryOf(uri);
      const listsProblem = entry.listsPath === null ? null : listsState(entry.listsPath).problem;
      return [entry.sidecarProblem, listsProblem].filter((p): p is StoreProblem => p !== null);
    },
    open(uri) {
      const entry = entryOf(uri);
      entry.open = true;
      readSidecar(entry);
      locateLists(entry);
      if (entry.listsPath !== null) {
        listsFiles.delete(entry.listsPath);
      }
      flush(entry);
      bump(entry);
    },
    close(uri) {
      const entry = documents.get(uri);
      if (entry === undefined) {
        return;
      }
      entry.open = false;
      // What is on disk is read again on the next open; what exists only in memory must wait for it here.
      if (entry.pending.length === 0) {
        documents.delete(uri);
      }
    },
    useSettingsLists(uri, settings) {
      const entry = entryOf(uri);
      const lists: WorkspaceLists = { allow: Object.entries(settings.allow).map(([text, type]) => ({ text, type })), ignore: settings.ignore.map((text) => ({ text })) };
      if (JSON.stringify(entry.settingsLists) !== JSON.stringify(lists)) {
        entry.settingsLists = lists;
        bump(entry);
      }
    },
    fileChanged(fileUri) {
      const file = pathOfUri(fileUri);
      if (file === null) {
        return [];
      }
      if (file.endsWith(path.sep + LISTS_FILE)) {
        listsFiles.delete(file);
        locateListsEverywhere();
        documents.forEach(bump);
        return [...documents.keys()];
      }
      if (!file.endsWith(SIDECAR_SUFFIX)) {
        return [];
      }
      const changed: string[] = [];
      for (const [uri, entry] of documents) {
        if (entry.path !== null && sidecarPathOf(entry.path) === file && readSidecar(entry)) {
          flush(entry);
          bump(entry);
          changed.push(uri);
        }
      }
      return changed;
    },
    renamed(oldUri, newUri) {
      const from = pathOfUri(oldUri);
      const to = pathOfUri(newUri);
      const entry = documents.get(oldUri);
      if (entry !== undefined && entry.pending.length > 0) {
        entryOf(newUri).pending = entry.pending;
      }
      documents.delete(oldUri);
      if (from === null || to === null || !fs.existsSync(sidecarPathOf(from))) {
        return;
      }
      if (!trusted) {
        untrustedWarning();
        return;
      }
      if (fs.existsSync(sidecarPathOf(to))) {
        warnOnce(`presstag: ${sidecarPathOf(to)} already exists, so the decisions in ${sidecarPathOf(from)} were not moved to it; merge them by hand.`);
        return;
      }
      try {
        fs.renameSync(sidecarPathOf(from), sidecarPathOf(to));
      } catch (error) {
        warnOnce(`presstag: ${sidecarPathOf(from)} could not be moved beside ${to}: ${messageOf(error)}`);
      }
      const moved = documents.get(newUri);
      if (moved !== undefined && readSidecar(moved)) {
        flush(moved);
        bump(moved);
      }
    },
    saved(uri, text) {
      const entry = documents.get(uri);
      if (entry === undefined || entry.path === null || !trusted) {
        return;
      }
      // Read again right before writing, so a decision another program just added is kept.
      readSidecar(entry);
      if (entry.sidecarProblem !== null || entry.stored.length === 0) {
        return;
      }
      const refreshed = reanchorCorrections(text, entry.stored);
      if (JSON.stringify(refreshed) === JSON.stringify(entry.stored)) {
        return;
      }
      try {
        writeDecisions(entry.path, refreshed);
        entry.stored = refreshed;
      } catch (error) {
        warnOnce(`presstag: ${messageOf(error)}`);
      }
    },
    initialize(workspace) {
      trusted = workspace.trusted;
      workspaceRoots = workspace.workspaceRoots;
    },
    trust() {
      if (trusted) {
        return;
      }
      trusted = true;
      for (const entry of documents.values()) {
        if (flush(entry)) {
          bump(entry);
        }
      }
      const files = new Set([...documents.values()].map((e) => e.listsPath).filter((f): f is string => f !== null));
      for (const file of files) {
        flushLists(file);
      }
      documents.forEach(bump);
    },
  };
}

/** Trust and workspace folders as the client gave them at initialization. */
export function storeWorkspaceOf(params: InitializeParams): StoreWorkspace {
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  const options = params.initializationOptions as InitializationOptions | null | undefined;
  return {
    trusted: options?.trusted !== false,
    workspaceRoots: folders.map((f) => pathOfUri(f.uri)).filter((f): f is string => f !== null),
  };
}

/** A file's modification time and size, or '' when it does not exist. */
function stampOf(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return '';
  }
}


function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
