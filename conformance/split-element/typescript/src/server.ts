import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const hosts = req.query.hosts as string;
  const first: string = hosts.split(',')[0];
  // plumb-expect: command-injection
  exec('ping -c 1 ' + first);
  const fixed: string = 'localhost,127.0.0.1'.split(',')[1];
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);

  const names: string[] = 'MD5,SHA-256'.split(',');
  // plumb-expect: weak-hash
  createHash(names[0]).digest('hex');
  // plumb-ok: weak-hash
  createHash(names[1]).digest('hex');
  res.send('ok');
});

export default app;
