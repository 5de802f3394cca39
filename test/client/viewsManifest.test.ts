/**
 * The manifest against the corpus views' code: the views the client creates are contributed in the presstag
 * container, whose icon ships in the .vsix; every menu entry names a contributed command; every type colour the
 * trees use is declared, with a default for each kind of theme; the overview's script and stylesheet ship.
 */

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TYPE_ORDER, typeColorId } from '../../client/src/views/entityTypes';
import { ENTITIES_VIEW, QUOTATIONS_VIEW } from '../../client/src/views/viewIds';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const shipped = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').filter((line) => line.startsWith('!')).map((line) => line.slice(1));

function check(what: string, missing: readonly string[]): void {
  assert.deepEqual(missing, [], what);
}

describe('corpus views in the manifest', () => {
  test('the views live in the presstag container, whose icon exists and ships', () => {
    const container = manifest.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'presstag');
    assert.ok(container, 'no presstag activity-bar container');
    const views = (manifest.contributes.views.presstag as { id: string }[]).map((view) => view.id);
    check('views the client creates but the manifest lacks', [ENTITIES_VIEW, QUOTATIONS_VIEW].filter((id) => !views.includes(id)));
    check('the container icon', [container.icon].filter((icon: string) => !fs.existsSync(path.join(root, icon)) || !shipped.includes(icon)));
  });

  test('every menu entry names a contributed command', () => {
    const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const entries = Object.values(manifest.contributes.menus as Record<string, { command: string }[]>).flat();
    check('menu commands not contributed', entries.map((entry) => entry.command).filter((command) => !commands.has(command)));
  });

  test('every type colour is declared with a default per theme kind', () => {
    const colours = new Map(manifest.contributes.colors.map((c: { id: string; defaults: Record<string, string> }) => [c.id, c.defaults]));
    const ids = [...TYPE_ORDER.map(typeColorId), typeColorId('QUOTE')];
    check(
      'type colours missing or without a default',
      ids.filter((id) => {
        const defaults = colours.get(id) as Record<string, string> | undefined;
        return !defaults || !['dark', 'light', 'highContrast', 'highContrastLight'].every((kind) => /^#[0-9A-Fa-f]{6}$/.test(defaults[kind] ?? ''));
      }),
    );
  });

  test('the overview page’s script and stylesheet ship in the .vsix', () => {
    check('webview files not shipped', ['dist/webview/overview.js', 'dist/webview/overview.css'].filter((file) => !shipped.includes(file)));
  });
});
