const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const algorithm = req.query.algorithm;
  if (host === 'localhost') {
    // plumb-ok: command-injection
    exec('ping -c 1 ' + host);
  }
  if (host) {
    // plumb-expect: command-injection
    exec('ping -c 1 ' + host);
  }

  if (algorithm === 'MD5') {
    // plumb-expect: weak-hash
    crypto.createHash(algorithm).digest('hex');
  }
  if (algorithm === 'SHA-256') {
    // plumb-ok: weak-hash
    crypto.createHash(algorithm).digest('hex');
  }
  res.send('ok');
});

module.exports = app;
