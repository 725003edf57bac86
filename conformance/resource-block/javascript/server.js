const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

// A `using` declaration (explicit resource management) disposes of the
// resource when its block ends, like try-with-resources.
class Lease {
  constructor(value) {
    this.value = value;
  }

  [Symbol.dispose]() {}
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  {
    using fixed = new Lease('localhost');
    // plumb-ok: command-injection
    exec('ping -c 1 ' + fixed.value);
  }
  {
    using requested = new Lease(host);
    // plumb-expect: command-injection
    exec('ping -c 1 ' + requested.value);
  }

  {
    using legacy = new Lease('MD5');
    // plumb-expect: weak-hash
    crypto.createHash(legacy.value).digest('hex');
  }
  {
    using strong = new Lease('SHA-256');
    // plumb-ok: weak-hash
    crypto.createHash(strong.value).digest('hex');
  }
  res.send('ok');
});

module.exports = app;
