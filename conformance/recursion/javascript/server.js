const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

function pad(value, depth) {
  if (depth === 0) {
    return value;
  }
  return pad(' ' + value, depth - 1);
}

function unwrap(value, depth) {
  if (depth === 0) {
    return value;
  }
  return unwrap(value, depth - 1);
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec('ping -c 1' + pad('localhost', 2));
  // plumb-expect: command-injection
  exec('ping -c 1' + pad(host, 2));

  // plumb-expect: weak-hash
  crypto.createHash(unwrap('MD5', 3)).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(unwrap('SHA-256', 3)).digest('hex');
  res.send('ok');
});

module.exports = app;
