const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const DEBUG = false;
const TRUST_REQUEST = true;
const LEGACY_CLIENTS = true;
const ALLOW_LEGACY = false;

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  let fixed = 'localhost';
  if (DEBUG) {
    fixed = host;
  }
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  let requested = 'localhost';
  if (TRUST_REQUEST) {
    requested = host;
  }
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  let legacy = 'SHA-256';
  if (LEGACY_CLIENTS) {
    legacy = 'MD5';
  }
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  let strong = 'SHA-256';
  if (ALLOW_LEGACY) {
    strong = 'MD5';
  }
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
