/**
 * The `presstag` settings as the server uses them: defaults, validation of whatever the client sends,
 * and which documents are analysed at all. Settings become options here and nowhere else.
 */

import { ENTITY_TYPES, type DocumentFormat, type EntityType } from '../engine';
import type { Settings, Severity } from './protocol';

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  files: { include: [] },
  language: 'auto',
  types: { shown: ENTITY_TYPES },
  severity: { entities: 'hint', quotes: 'information' },
  inlayHints: { types: true, speakers: true },
  index: { enable: true, exclude: ['**/node_modules', '**/.git'], maxFileSize: 1_000_000 },
  lists: { allow: {}, ignore: [] },
  maxFileSize: 5_000_000,
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads a configuration section of unknown shape; every missing or malformed field keeps its default. */
export function toSettings(raw: unknown): Settings {
  const section = asRecord(raw);
  const files = asRecord(section.files);
  const types = asRecord(section.types);
  const severity = asRecord(section.severity);
  const inlayHints = asRecord(section.inlayHints);
  const index = asRecord(section.index);
  const lists = asRecord(section.lists);
  const d = DEFAULT_SETTINGS;
  return {
    enable: typeof section.enable === 'boolean' ? section.enable : d.enable,
    files: { include: Array.isArray(files.include) ? files.include.filter((g): g is string => typeof g === 'string') : d.files.include },
    language: section.language === 'ru' || section.language === 'en' || section.language === 'auto' ? section.language : d.language,
    types: {
      shown: Array.isArray(types.shown) ? types.shown.filter((t): t is EntityType => ENTITY_TYPES.includes(t as EntityType)) : d.types.shown,
    },
    severity: {
      entities: SEVERITIES.includes(severity.entities as Severity) ? (severity.entities as Severity) : d.severity.entities,
      quotes: SEVERITIES.includes(severity.quotes as Severity) ? (severity.quotes as Severity) : d.severity.quotes,
    },
    inlayHints: {
      types: typeof inlayHints.types === 'boolean' ? inlayHints.types : d.inlayHints.types,
      speakers: typeof inlayHints.speakers === 'boolean' ? inlayHints.speakers : d.inlayHints.speakers,
    },
    index: {
      enable: typeof index.enable === 'boolean' ? index.enable : d.index.enable,
      exclude: Array.isArray(index.exclude) ? index.exclude.filter((g): g is string => typeof g === 'string') : d.index.exclude,
      maxFileSize: typeof index.maxFileSize === 'number' && index.maxFileSize > 0 ? index.maxFileSize : d.index.maxFileSize,
    },
    lists: {
      allow: Object.fromEntries(Object.entries(asRecord(lists.allow)).filter((e): e is [string, EntityType] => e[0].trim() !== '' && ENTITY_TYPES.includes(e[1] as EntityType))),
      ignore: Array.isArray(lists.ignore) ? lists.ignore.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : d.lists.ignore,
    },
    maxFileSize: typeof section.maxFileSize === 'number' && section.maxFileSize > 0 ? section.maxFileSize : d.maxFileSize,
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const LANGUAGE_IDS = new Set(['plaintext', 'markdown']);
const EXTENSIONS = /\.(txt|md|markdown)$/i;

/** Whether the server analyses a document: the languages it knows, their extensions, or a user glob. */
export function isAnalysed(uri: string, languageId: string, settings: Settings): boolean {
  if (!settings.enable) {
    return false;
  }
  const path = pathOf(uri);
  return LANGUAGE_IDS.has(languageId) || EXTENSIONS.test(path) || settings.files.include.some((glob) => globToRegExp(glob).test(path));
}

export function formatOf(uri: string, languageId: string): DocumentFormat {
  return languageId === 'markdown' || /\.(md|markdown)$/i.test(pathOf(uri)) ? 'markdown' : 'plain';
}

function pathOf(uri: string): string {
  const withoutQuery = uri.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(withoutQuery.replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, ''));
  } catch {
    return withoutQuery;
  }
}

const globCache = new Map<string, RegExp>();

/**
 * A VS Code style glob (`**`, `*`, `?`, `{a,b}`, `[abc]`) as a regular expression on a path. A glob without
 * a slash matches the file name in any folder, as `files.exclude` patterns do.
 */
export function globToRegExp(glob: string): RegExp {
  const cached = globCache.get(glob);
  if (cached !== undefined) {
    return cached;
  }
  const pattern = glob.includes('/') ? glob : `**/${glob}`;
  let source = '';
  let inGroup = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') {
        i++;
        source += '(?:.*/)?';
      } else {
        source += '.*';
      }
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '{') {
      inGroup = true;
      source += '(?:';
    } else if (c === '}' && inGroup) {
      inGroup = false;
      source += ')';
    } else if (c === ',' && inGroup) {
      source += '|';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close > i + 1) {
        source += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      } else {
        source += '\\[';
      }
    } else {
      source += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  const regExp = new RegExp(`(?:^|/)${source}$`);
  globCache.set(glob, regExp);
  return regExp;
}
