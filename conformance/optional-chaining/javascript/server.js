const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const fixed = { target: { host: 'localhost' } };
  const requested = { target: { host: req.query?.host } };
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed?.target?.host);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested?.target?.host);

  const settings = { digest: { algorithm: 'MD5' } };
  // plumb-expect: weak-hash
  crypto.createHash(settings.digest?.algorithm ?? 'SHA-256').digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(settings.fallback?.algorithm ?? 'SHA-256').digest('hex');
  res.send('ok');
});

module.exports = app;
