const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Pinger {
  line(host) {
    return 'ping -c 1 ' + host;
  }

  algorithm() {
    return 'MD5';
  }
}

class QuietPinger extends Pinger {
  line(host) {
    return super.line(host) + ' -q';
  }

  algorithm() {
    return super.algorithm();
  }
}

class ModernPinger extends Pinger {
  algorithm() {
    return 'SHA-256';
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  const quiet = new QuietPinger();
  // plumb-ok: command-injection
  exec(quiet.line('localhost'));
  // plumb-expect: command-injection
  exec(quiet.line(host));

  const modern = new ModernPinger();
  // plumb-expect: weak-hash
  crypto.createHash(quiet.algorithm()).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(modern.algorithm()).digest('hex');
  res.send('ok');
});

module.exports = app;
