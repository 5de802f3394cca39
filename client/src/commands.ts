/**
 * The commands the extension contributes to the palette (titles live in package.json). Code actions on tags
 * come from the server; these are the editor-side switches.
 */

import * as vscode from 'vscode';
import { TOKEN_TYPE_OF, type Settings } from '../../server/src/lsp/protocol';

type EntityType = Settings['types']['shown'][number];

export const TOGGLE_COMMAND = 'presstag.toggle';

export interface CommandHandlers {
  readonly restart: () => Promise<void>;
  readonly showOutput: () => void;
}

const ALL_TYPES = Object.keys(TOKEN_TYPE_OF).filter((type): type is EntityType => type !== 'QUOTE');

export function registerCommands(handlers: CommandHandlers): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(TOGGLE_COMMAND, toggleEnabled),
    vscode.commands.registerCommand('presstag.restartServer', handlers.restart),
    vscode.commands.registerCommand('presstag.showOutput', handlers.showOutput),
    vscode.commands.registerCommand('presstag.toggleInlayHints', toggleInlayHints),
    vscode.commands.registerCommand('presstag.chooseTypes', chooseTypes),
  ];
}

async function toggleEnabled(): Promise<void> {
  await flip('enable');
}

async function toggleInlayHints(): Promise<void> {
  const section = configuration();
  const on = section.get<boolean>('inlayHints.types', true) || section.get<boolean>('inlayHints.speakers', true);
  await update('inlayHints.types', !on);
  await update('inlayHints.speakers', !on);
}

async function chooseTypes(): Promise<void> {
  const shown = new Set(configuration().get<EntityType[]>('types.shown', ALL_TYPES));
  const picked = await vscode.window.showQuickPick(
    ALL_TYPES.map((type) => ({ label: type, picked: shown.has(type) })),
    { canPickMany: true, title: 'presstag: entity types to show' },
  );
  if (picked) {
    await update(
      'types.shown',
      picked.map((item) => item.label),
    );
  }
}

async function flip(key: string): Promise<void> {
  const value = configuration().get<boolean>(key, true);
  await update(key, !value);
}

/** Writes where the value in force comes from, so a workspace setting is not silently shadowed by a user one. */
async function update(key: string, value: unknown): Promise<void> {
  const section = configuration();
  const inspected = section.inspect(key);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await section.update(key, value, target);
}

/** The settings as they apply to the active document, whose folder may override the user's. */
function configuration(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('presstag', vscode.window.activeTextEditor?.document);
}
