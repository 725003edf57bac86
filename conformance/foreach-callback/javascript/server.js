const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  ['localhost', '127.0.0.1'].forEach((fixed) => {
    // plumb-ok: command-injection
    exec('ping -c 1 ' + fixed);
  });
  [host].forEach((target) => {
    // plumb-expect: command-injection
    exec('ping -c 1 ' + target);
  });

  ['MD5'].forEach((legacy) => {
    // plumb-expect: weak-hash
    crypto.createHash(legacy).digest('hex');
  });
  ['SHA-256', 'SHA-512'].forEach((strong) => {
    // plumb-ok: weak-hash
    crypto.createHash(strong).digest('hex');
  });
  res.send('ok');
});

module.exports = app;
