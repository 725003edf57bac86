const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = ['localhost'].map((h) => 'ping -c 1 ' + h);
  const requested = [host].map((h) => 'ping -c 1 ' + h);
  // plumb-ok: command-injection
  exec(fixed[0]);
  // plumb-expect: command-injection
  exec(requested[0]);

  const legacy = ['MD'].map((family) => family + '5');
  const strong = ['SHA-'].map((family) => family + '256');
  // plumb-expect: weak-hash
  crypto.createHash(legacy[0]).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong[0]).digest('hex');
  res.send('ok');
});

module.exports = app;
