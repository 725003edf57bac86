const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

function target(requested, trusted) {
  if (!trusted) {
    return 'localhost';
  }
  return requested;
}

function algorithm(legacy) {
  if (legacy) {
    return 'MD5';
  }
  return 'SHA-256';
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + target(host, false));
  // plumb-expect: command-injection
  exec('ping -c 1 ' + target(host, true));

  // plumb-expect: weak-hash
  crypto.createHash(algorithm(true)).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(algorithm(false)).digest('hex');
  res.send('ok');
});

module.exports = app;
