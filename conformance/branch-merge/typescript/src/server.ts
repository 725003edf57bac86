import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  let fixed: string;
  if (host.length > 3) {
    fixed = 'ping -c 1 localhost';
  } else {
    fixed = 'uptime';
  }
  // plumb-ok: command-injection
  exec(fixed);
  let requested: string = 'uptime';
  if (host.length > 3) {
    requested = 'ping -c 1 ' + host;
  }
  // plumb-expect: command-injection
  exec(requested);

  let legacy: string;
  if (host.startsWith('old')) {
    legacy = 'MD5';
  } else {
    legacy = 'MD' + '5';
  }
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  let strong: string;
  if (host.startsWith('old')) {
    strong = 'SHA-256';
  } else {
    strong = 'SHA-512';
  }
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
