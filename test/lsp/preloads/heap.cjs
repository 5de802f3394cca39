// Preloaded into the language server by the memory test (node --expose-gc --require): writes the process id
// when it starts and, on SIGUSR2, collects garbage and writes the heap and resident sizes, one JSON line each,
// to the file named by PRESSTAG_HEAP_LOG.
const fs = require('node:fs');

const log = process.env.PRESSTAG_HEAP_LOG;
if (log) {
  fs.appendFileSync(log, `${JSON.stringify({ pid: process.pid })}\n`);
  process.on('SIGUSR2', () => {
    if (typeof global.gc === 'function') {
      global.gc();
    }
    const { heapUsed, rss } = process.memoryUsage();
    fs.appendFileSync(log, `${JSON.stringify({ heapUsed, rss })}\n`);
  });
}
