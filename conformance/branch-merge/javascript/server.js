const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  let fixed;
  if (host.length > 3) {
    fixed = 'ping -c 1 localhost';
  } else {
    fixed = 'uptime';
  }
  // plumb-ok: command-injection
  exec(fixed);
  let requested = 'uptime';
  if (host.length > 3) {
    requested = 'ping -c 1 ' + host;
  }
  // plumb-expect: command-injection
  exec(requested);

  let legacy;
  if (host.startsWith('old')) {
    legacy = 'MD5';
  } else {
    legacy = 'MD' + '5';
  }
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  let strong;
  if (host.startsWith('old')) {
    strong = 'SHA-256';
  } else {
    strong = 'SHA-512';
  }
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
