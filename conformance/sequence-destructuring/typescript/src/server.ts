import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const [fallback, requested]: [string, string] = ['localhost', host];
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  const [legacy, current]: [string, string] = ['MD5', 'SHA-256'];
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  createHash(current).digest('hex');
  res.send('ok');
});

export default app;
