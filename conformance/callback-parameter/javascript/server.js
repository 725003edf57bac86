const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

function apply(value, transform) {
  return transform(value);
}

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec(apply('localhost', (h) => 'ping -c 1 ' + h));
  // plumb-expect: command-injection
  exec(apply(host, (h) => 'ping -c 1 ' + h));

  // plumb-expect: weak-hash
  crypto.createHash(apply('MD', (family) => family + '5')).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(apply('SHA-', (family) => family + '256')).digest('hex');
  res.send('ok');
});

module.exports = app;
