// Preloaded into the language server by the stdio test (node --require): once the server's entry point has run,
// prints through every console method that writes to standard output, which over stdio carries the protocol.
setImmediate(() => {
  console.log('presstag-test: log %d', 1);
  console.info('presstag-test: info');
  console.debug('presstag-test: debug');
  console.dir({ presstag: 'presstag-test: dir' });
  console.table(['presstag-test: table']);
});
