/**
 * Writing export files into the output folder: the folder is created, each file goes to a temporary name
 * first and is renamed into place, so a reader never sees half a file. A failure comes back as a message
 * naming the file, for the caller to report and go on.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExportFile } from '../engine';

/** Null when every file was written, else why the first failing one was not. */
export function writeOutputs(dir: string, files: readonly ExportFile[]): string | null {
  let target = dir;
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const file of files) {
      target = path.join(dir, file.name);
      const temporary = path.join(dir, `.${file.name}.${process.pid}.tmp`);
      fs.writeFileSync(temporary, file.content, 'utf8');
      fs.renameSync(temporary, target);
    }
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return `cannot write ${target}: ${code === 'EACCES' ? 'permission denied' : code === 'ENOTDIR' || code === 'EEXIST' ? 'not a directory' : String(err)}`;
  }
}
