const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const { host } = req.query;
  const targets = { fallback: 'localhost', requested: host };
  const { fallback } = targets;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + host);

  const { legacy: weak, current: strong } = { legacy: 'MD5', current: 'SHA-256' };
  // plumb-expect: weak-hash
  crypto.createHash(weak).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
