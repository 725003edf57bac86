const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const defaults = { fallback: 'localhost' };
  const targets = { ...defaults, ...{ requested: host } };
  // plumb-ok: command-injection
  exec('ping -c 1 ' + targets.fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + targets.requested);

  const base = { legacy: 'MD5', current: 'SHA-1' };
  const algorithms = { ...base, ...{ current: 'SHA-256' } };
  // plumb-expect: weak-hash
  crypto.createHash(algorithms.legacy).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(algorithms.current).digest('hex');
  res.send('ok');
});

module.exports = app;
