const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const DEFAULT_HOST = 'localhost';
const FAMILY = 'MD';
const LEGACY = FAMILY + '5';
const CURRENT = 'SHA-' + String(256);

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + DEFAULT_HOST);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + host);

  // plumb-expect: weak-hash
  crypto.createHash(LEGACY).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(CURRENT).digest('hex');
  res.send('ok');
});

module.exports = app;
