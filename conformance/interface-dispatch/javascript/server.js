const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class FixedTarget {
  host() {
    return 'localhost';
  }
}

class RequestTarget {
  constructor(host) {
    this.requestedHost = host;
  }

  host() {
    return this.requestedHost;
  }
}

class LegacyPolicy {
  algorithm() {
    return 'MD5';
  }
}

class ModernPolicy {
  algorithm() {
    return 'SHA-256';
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = new FixedTarget();
  const requested = new RequestTarget(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed.host());
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested.host());

  const legacy = new LegacyPolicy();
  const modern = new ModernPolicy();
  // plumb-expect: weak-hash
  crypto.createHash(legacy.algorithm()).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(modern.algorithm()).digest('hex');
  res.send('ok');
});

module.exports = app;
