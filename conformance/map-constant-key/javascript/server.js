const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const targets = new Map();
  targets.set('fallback', 'localhost');
  targets.set('requested', host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + targets.get('fallback'));
  // plumb-expect: command-injection
  exec('ping -c 1 ' + targets.get('requested'));

  const algorithms = new Map();
  algorithms.set('legacy', 'MD5');
  algorithms.set('current', 'SHA-256');
  // plumb-expect: weak-hash
  crypto.createHash(algorithms.get('legacy')).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(algorithms.get('current')).digest('hex');
  res.send('ok');
});

module.exports = app;
