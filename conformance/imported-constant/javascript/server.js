const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');
const defaults = require('./defaults');
const { LEGACY_ALGORITHM } = require('./defaults');

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + defaults.HOST);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + host);

  // plumb-expect: weak-hash
  crypto.createHash(LEGACY_ALGORITHM).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(defaults.CURRENT_ALGORITHM).digest('hex');
  res.send('ok');
});

module.exports = app;
