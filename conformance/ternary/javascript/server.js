const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const LEGACY_CLIENTS = true;

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = !host ? 'localhost' : '127.0.0.1';
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  const requested = !host ? 'localhost' : host;
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  const legacy = LEGACY_CLIENTS ? 'MD5' : 'SHA-256';
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  const strong = LEGACY_CLIENTS ? 'SHA-256' : 'MD5';
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
