const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

const Tool = Object.freeze({
  UPTIME: 'uptime',
  PING: 'ping -c 1 ',
});

const Algorithm = Object.freeze({
  LEGACY: 'MD5',
  CURRENT: 'SHA-256',
});

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec(Tool.UPTIME);
  // plumb-expect: command-injection
  exec(Tool.PING + host);

  // plumb-expect: weak-hash
  crypto.createHash(Algorithm.LEGACY).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(Algorithm.CURRENT).digest('hex');
  res.send('ok');
});

module.exports = app;
