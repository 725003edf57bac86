const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const [fallback, requested] = ['localhost', host];
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  const [legacy, current] = ['MD5', 'SHA-256'];
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(current).digest('hex');
  res.send('ok');
});

module.exports = app;
