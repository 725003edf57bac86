const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Commands {
  static ping(target) {
    return 'ping -c 1 ' + target;
  }

  static algorithm(family, size) {
    return family + size;
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // plumb-ok: command-injection
  exec(Commands.ping('localhost'));
  // plumb-expect: command-injection
  exec(Commands.ping(host));

  // plumb-expect: weak-hash
  crypto.createHash(Commands.algorithm('MD', '5')).digest('hex');
  // plumb-ok: weak-hash
  crypto.createHash(Commands.algorithm('SHA-', '256')).digest('hex');
  res.send('ok');
});

module.exports = app;
