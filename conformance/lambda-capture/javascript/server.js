const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = () => 'ping -c 1 localhost';
  const requested = () => 'ping -c 1 ' + host;
  // plumb-ok: command-injection
  exec(fixed());
  // plumb-expect: command-injection
  exec(requested());

  const legacy = 'MD5';
  const weak = () => legacy;
  const strong = () => 'SHA-256';
  // plumb-expect: weak-hash
  crypto.createHash(weak()).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong()).digest('hex');
  res.send('ok');
});

module.exports = app;
