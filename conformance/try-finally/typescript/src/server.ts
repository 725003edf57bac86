import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

function check(value: string): void {
  if (!value) {
    throw new Error('empty value');
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  let fixed: string = host;
  try {
    check(fixed);
  } finally {
    fixed = 'localhost';
  }
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  let requested: string = 'localhost';
  try {
    check(host);
  } finally {
    requested = host;
  }
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  let legacy: string = 'SHA-256';
  try {
    check(legacy);
  } finally {
    legacy = 'MD5';
  }
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  let strong: string = 'MD5';
  try {
    check(strong);
  } finally {
    strong = 'SHA-256';
  }
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
