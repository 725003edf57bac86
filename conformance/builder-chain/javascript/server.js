const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class CommandBuilder {
  constructor(program) {
    this.line = program;
  }

  arg(value) {
    this.line = this.line + ' ' + value;
    return this;
  }

  build() {
    return this.line;
  }
}

class AlgorithmBuilder {
  constructor() {
    this.familyName = '';
    this.sizeName = '';
  }

  family(family) {
    this.familyName = family;
    return this;
  }

  size(size) {
    this.sizeName = size;
    return this;
  }

  build() {
    return this.familyName + this.sizeName;
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const fixed = new CommandBuilder('ping').arg('-c 1').arg('localhost').build();
  const requested = new CommandBuilder('ping').arg('-c 1').arg(host).build();
  // plumb-ok: command-injection
  exec(fixed);
  // plumb-expect: command-injection
  exec(requested);

  const legacy = new AlgorithmBuilder().family('MD').size('5').build();
  const strong = new AlgorithmBuilder().family('SHA-').size('256').build();
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
