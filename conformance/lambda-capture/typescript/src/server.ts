import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed = (): string => 'ping -c 1 localhost';
  const requested = (): string => 'ping -c 1 ' + host;
  // plumb-ok: command-injection
  exec(fixed());
  // plumb-expect: command-injection
  exec(requested());

  const legacy = 'MD5';
  const weak = (): string => legacy;
  const strong = (): string => 'SHA-256';
  // plumb-expect: weak-hash
  createHash(weak()).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong()).digest('hex');
  res.send('ok');
});

export default app;
