const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Option {
  #value;

  constructor(initial) {
    this.#value = initial;
  }

  get value() {
    return this.#value;
  }

  set value(value) {
    this.#value = value;
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = new Option('localhost');
  const requested = new Option('localhost');
  requested.value = host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed.value);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested.value);

  const legacy = new Option('SHA-256');
  legacy.value = 'MD5';
  const strong = new Option('SHA-256');
  // plumb-expect: weak-hash
  crypto.createHash(legacy.value).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong.value).digest('hex');
  res.send('ok');
});

module.exports = app;
