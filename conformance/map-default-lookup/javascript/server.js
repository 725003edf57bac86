const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const targets = new Map();
  targets.set('requested', host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + (targets.get('missing') ?? 'localhost'));
  // plumb-expect: command-injection
  exec('ping -c 1 ' + (targets.get('requested') ?? 'localhost'));

  const algorithms = new Map();
  algorithms.set('legacy', 'MD5');
  // plumb-expect: weak-hash
  crypto.createHash(algorithms.get('legacy') ?? 'SHA-256').digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(algorithms.get('unknown') ?? 'SHA-256').digest('hex');
  res.send('ok');
});

module.exports = app;
