/**
 * Gives memory back once edits pause. Analysing a long document allocates many times what it keeps, and V8
 * returns the pages that garbage filled only after a full collection, which its memory reducer starts by itself
 * after some seconds of idleness, or never while anything keeps allocating. So after heavy work the server
 * collects just after the pause at which it summarises an open document for the workspace index: a full
 * collection, then V8's "last resort" one, which compacts and hands the emptied pages back (measured in the server
 * with the 1 MB document open: the full one alone leaves the resident size as it was, the last-resort one alone
 * finds little to do; both take it from 302 to 272 MB). The two block the server for 0.4-0.5 s on a
 * loaded machine (load average 14), once per pause in typing and only after work on a long document. The collection needs `gc`,
 * which Node exposes with `--expose-gc` (`SERVER_EXEC_ARGV` in protocol.ts); without it (another host) nothing
 * happens.
 */

export interface IdleCollector {
  /** Heavy work just ended: collect once nothing else has happened for the collector's delay. */
  heavyWorkDone(): void;
}

/** The options of V8's `gc` extension. */
interface GcOptions {
  readonly type: 'major' | 'minor';
  readonly execution: 'sync' | 'async';
  readonly flavor: 'regular' | 'last-resort';
}

export function createIdleCollector(delayMs: number): IdleCollector {
  const collect = (globalThis as { gc?: (options?: GcOptions) => void }).gc;
  let timer: NodeJS.Timeout | undefined;
  return {
    heavyWorkDone() {
      if (collect === undefined) {
        return;
      }
      clearTimeout(timer);
      // Unreferenced: a pending collection never keeps the process alive.
      timer = setTimeout(() => {
        timer = undefined;
        collect();
        collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
      }, delayMs).unref();
    },
  };
}
