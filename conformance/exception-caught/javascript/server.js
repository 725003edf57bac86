const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

class Rejected extends Error {
  constructor(value) {
    super('rejected');
    this.value = value;
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  try {
    throw new Rejected('localhost');
  } catch (e) {
    // plumb-ok: command-injection
    exec('ping -c 1 ' + e.value);
  }
  try {
    throw new Rejected(host);
  } catch (e) {
    // plumb-expect: command-injection
    exec('ping -c 1 ' + e.value);
  }

  try {
    throw new Rejected('MD5');
  } catch (e) {
    // plumb-expect: weak-hash
    crypto.createHash(e.value).digest('hex');
  }
  try {
    throw new Rejected('SHA-256');
  } catch (e) {
    // plumb-ok: weak-hash
    crypto.createHash(e.value).digest('hex');
  }
  res.send('ok');
});

module.exports = app;
