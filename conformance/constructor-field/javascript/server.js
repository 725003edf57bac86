const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Setting {
  constructor(value) {
    this._value = value;
  }

  value() {
    return this._value;
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = new Setting('localhost');
  const requested = new Setting(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed.value());
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested.value());

  const legacy = new Setting('MD5');
  const strong = new Setting('SHA-256');
  // plumb-expect: weak-hash
  crypto.createHash(legacy.value()).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong.value()).digest('hex');
  res.send('ok');
});

module.exports = app;
