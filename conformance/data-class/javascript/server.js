const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Targets {
  constructor(fallback, requested) {
    this.fallback = fallback;
    this.requested = requested;
    Object.freeze(this);
  }
}

class Algorithms {
  constructor(legacy, current) {
    this.legacy = legacy;
    this.current = current;
    Object.freeze(this);
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const targets = new Targets('localhost', host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + targets.fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + targets.requested);

  const algorithms = new Algorithms('MD5', 'SHA-256');
  // plumb-expect: weak-hash
  crypto.createHash(algorithms.legacy).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(algorithms.current).digest('hex');
  res.send('ok');
});

module.exports = app;
