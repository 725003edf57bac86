const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');
const { buildPing, algorithmName } = require('./helpers');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec(buildPing('localhost'));
  // plumb-expect: command-injection
  exec(buildPing(host));

  // plumb-expect: weak-hash
  crypto.createHash(algorithmName('MD', '5')).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(algorithmName('SHA-', '256')).digest('hex');
  res.send('ok');
});

module.exports = app;
