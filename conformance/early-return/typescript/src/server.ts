import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

function target(requested: string, trusted: boolean): string {
  if (!trusted) {
    return 'localhost';
  }
  return requested;
}

function algorithm(legacy: boolean): string {
  if (legacy) {
    return 'MD5';
  }
  return 'SHA-256';
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + target(host, false));
  // plumb-expect: command-injection
  exec('ping -c 1 ' + target(host, true));

  // plumb-expect: weak-hash
  createHash(algorithm(true)).digest('hex');
  // plumb-ok: weak-hash
  createHash(algorithm(false)).digest('hex');
  res.send('ok');
});

export default app;
