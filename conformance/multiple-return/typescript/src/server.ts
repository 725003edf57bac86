import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

function targets(requested: string): [string, string] {
  return ['localhost', requested];
}

function algorithms(): [string, string] {
  return ['MD5', 'SHA-256'];
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const [fallback, chosen] = targets(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fallback);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + chosen);

  const [legacy, current] = algorithms();
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  createHash(current).digest('hex');
  res.send('ok');
});

export default app;
