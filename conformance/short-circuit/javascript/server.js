const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const DEFAULT_HOST = 'localhost';

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = DEFAULT_HOST || host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  const requested = host || DEFAULT_HOST;
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  const configured = '';
  const legacy = configured || 'MD5';
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const preferred = 'SHA-256';
  const strong = preferred || 'MD5';
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
