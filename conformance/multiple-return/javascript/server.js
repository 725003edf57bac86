const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

function targets(requested) {
  return ['localhost', requested];
}

function algorithms() {
  return ['MD5', 'SHA-256'];
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const [fallback, chosen] = targets(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + chosen);

  const [legacy, current] = algorithms();
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(current).digest('hex');
  res.send('ok');
});

module.exports = app;
