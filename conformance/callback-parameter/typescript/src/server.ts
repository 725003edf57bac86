import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

function apply(value: string, transform: (v: string) => string): string {
  return transform(value);
}

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec(apply('localhost', (h) => 'ping -c 1 ' + h));
  // plumb-expect: command-injection
  exec(apply(host, (h) => 'ping -c 1 ' + h));

  // plumb-expect: weak-hash
  createHash(apply('MD', (family) => family + '5')).digest('hex');
  // plumb-ok: weak-hash
  createHash(apply('SHA-', (family) => family + '256')).digest('hex');
  res.send('ok');
});

export default app;
