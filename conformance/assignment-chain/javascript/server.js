const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const first = host;
  let second = first;
  // plumb-expect: command-injection
  exec('ping -c 1 ' + second);
  second = 'localhost';
  // plumb-ok: command-injection
  exec('ping -c 1 ' + second);

  const algorithm = 'MD5';
  let chosen = algorithm;
  // plumb-expect: weak-hash
  crypto.createHash(chosen).digest('hex');
  chosen = 'SHA-256';
  // plumb-ok: weak-hash
  crypto.createHash(chosen).digest('hex');
  res.send('ok');
});

module.exports = app;
