const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Command {
  constructor(line) {
    this.commandLine = line;
  }

  line() {
    return this.commandLine;
  }
}

class PingCommand extends Command {
  constructor(host) {
    super('ping -c 1 ' + host);
  }
}

class Digest {
  constructor(algorithm) {
    this.name = algorithm;
  }

  algorithm() {
    return this.name;
  }
}

class LegacyDigest extends Digest {
  constructor() {
    super('MD5');
  }
}

class ModernDigest extends Digest {
  constructor() {
    super('SHA-256');
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = new PingCommand('localhost');
  const requested = new PingCommand(host);
  // plumb-ok: command-injection
  exec(fixed.line());
  // plumb-expect: command-injection
  exec(requested.line());

  const legacy = new LegacyDigest();
  const modern = new ModernDigest();
  // plumb-expect: weak-hash
  crypto.createHash(legacy.algorithm()).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(modern.algorithm()).digest('hex');
  res.send('ok');
});

module.exports = app;
