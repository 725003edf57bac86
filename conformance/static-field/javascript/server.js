const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Settings {
  static DEFAULT_HOST = 'localhost';
  static LEGACY_ALGORITHM = 'MD5';
  static CURRENT_ALGORITHM = 'SHA-256';
  static lastHost = Settings.DEFAULT_HOST;
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + Settings.DEFAULT_HOST);
  Settings.lastHost = host;
  // plumb-expect: command-injection
  exec('ping -c 1 ' + Settings.lastHost);

  // plumb-expect: weak-hash
  crypto.createHash(Settings.LEGACY_ALGORITHM).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(Settings.CURRENT_ALGORITHM).digest('hex');
  res.send('ok');
});

module.exports = app;
