import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

function first(...values: string[]): string {
  return values[0];
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + first('localhost', host));
  // plumb-expect: command-injection
  exec('ping -c 1 ' + first(host, 'localhost'));

  // plumb-expect: weak-hash
  createHash(first('MD5', 'SHA-256')).digest('hex');
  // plumb-ok: weak-hash
  createHash(first('SHA-256', 'MD5')).digest('hex');
  res.send('ok');
});

export default app;
