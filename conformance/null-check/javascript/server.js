const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  let fixed = null;
  if (fixed === null) {
    fixed = 'localhost';
  }
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  let requested = host;
  if (requested === undefined) {
    requested = 'localhost';
  }
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  let legacy = null;
  if (legacy === null) {
    legacy = 'MD5';
  }
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  let strong = 'SHA-256';
  if (strong === null) {
    strong = 'MD5';
  }
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
