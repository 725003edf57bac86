const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');

function check(value) {
  if (!value) {
    throw new Error('empty value');
  }
}

const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  let fixed = host;
  try {
    check(fixed);
  } finally {
    fixed = 'localhost';
  }
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  let requested = 'localhost';
  try {
    check(host);
  } finally {
    requested = host;
  }
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  let legacy = 'SHA-256';
  try {
    check(legacy);
  } finally {
    legacy = 'MD5';
  }
  // plumb-expect: weak-hash
  crypto.createHash(legacy).digest('hex');
  let strong = 'MD5';
  try {
    check(strong);
  } finally {
    strong = 'SHA-256';
  }
  // plumb-ok: weak-hash
  crypto.createHash(strong).digest('hex');
  res.send('ok');
});

module.exports = app;
