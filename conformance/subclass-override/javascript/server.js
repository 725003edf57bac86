const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Command {
  line(host) {
    return 'uptime';
  }
}

class PingCommand extends Command {
  line(host) {
    return 'ping -c 1 ' + host;
  }
}

class Hasher {
  algorithm() {
    return 'SHA-256';
  }
}

class LegacyHasher extends Hasher {
  algorithm() {
    return 'MD5';
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const plain = new Command();
  const pinger = new PingCommand();
  // plumb-ok: command-injection
  exec(plain.line(host));
  // plumb-expect: command-injection
  exec(pinger.line(host));

  const legacy = new LegacyHasher();
  const strong = new Hasher();
  // plumb-expect: weak-hash
  crypto.createHash(legacy.algorithm()).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(strong.algorithm()).digest('hex');
  res.send('ok');
});

module.exports = app;
