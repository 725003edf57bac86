import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

function pad(value: string, depth: number): string {
  if (depth === 0) {
    return value;
  }
  return pad(' ' + value, depth - 1);
}

function unwrap(value: string, depth: number): string {
  if (depth === 0) {
    return value;
  }
  return unwrap(value, depth - 1);
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec('ping -c 1' + pad('localhost', 2));
  // plumb-expect: command-injection
  exec('ping -c 1' + pad(host, 2));

  // plumb-expect: weak-hash
  createHash(unwrap('MD5', 3)).digest('hex');
  // plumb-ok: weak-hash
  createHash(unwrap('SHA-256', 3)).digest('hex');
  res.send('ok');
});

export default app;
