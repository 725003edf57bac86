import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

function prefixer(prefix: string): (value: string) => string {
  return (value) => prefix + value;
}

function fixed(value: string): () => string {
  return () => value;
}

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const pingCommand = prefixer('ping -c 1 ');
  // plumb-ok: command-injection
  exec(pingCommand('localhost'));
  // plumb-expect: command-injection
  exec(pingCommand(host));

  const legacy = fixed('MD5');
  const strong = fixed('SHA-256');
  // plumb-expect: weak-hash
  createHash(legacy()).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong()).digest('hex');
  res.send('ok');
});

export default app;
