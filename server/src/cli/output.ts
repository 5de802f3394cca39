/**
 * Writing export files into the output folder: the folder is created, each file goes to a temporary name
 * first and is renamed into place, so a reader never sees half a file.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExportFile } from '../engine';

export function writeOutputs(dir: string, files: readonly ExportFile[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const file of files) {
    const target = path.join(dir, file.name);
    const temporary = path.join(dir, `.${file.name}.${process.pid}.tmp`);
    fs.writeFileSync(temporary, file.content, 'utf8');
    fs.renameSync(temporary, target);
  }
}
