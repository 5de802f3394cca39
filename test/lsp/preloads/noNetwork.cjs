// Preloaded into the language server by the security test (node --require): every way Node offers to reach
// the network is replaced by a function that writes the attempt to the file named by PRESSTAG_NETWORK_LOG and
// then throws, so an attempt is both recorded and stopped.
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const http2 = require('node:http2');
const dgram = require('node:dgram');

const log = process.env.PRESSTAG_NETWORK_LOG;

function blocked(name) {
  return function blockedCall() {
    if (log) {
      fs.appendFileSync(log, `${name} ${new Error().stack.split('\n').slice(2, 5).join(' | ')}\n`);
    }
    throw new Error(`presstag test: network access (${name}) is not allowed`);
  };
}

net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
net.Socket.prototype.connect = blocked('net.Socket.connect');
tls.connect = blocked('tls.connect');
dns.lookup = blocked('dns.lookup');
dns.resolve = blocked('dns.resolve');
dns.promises.lookup = blocked('dns.promises.lookup');
dns.promises.resolve = blocked('dns.promises.resolve');
http.request = blocked('http.request');
http.get = blocked('http.get');
https.request = blocked('https.request');
https.get = blocked('https.get');
http2.connect = blocked('http2.connect');
dgram.createSocket = blocked('dgram.createSocket');
globalThis.fetch = blocked('fetch');
if (typeof globalThis.WebSocket === 'function') {
  globalThis.WebSocket = blocked('WebSocket');
}
