import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  ['localhost', '127.0.0.1'].forEach((fixed: string) => {
    // plumb-ok: command-injection
    exec('ping -c 1 ' + fixed);
  });
  [host].forEach((target: string) => {
    // plumb-expect: command-injection
    exec('ping -c 1 ' + target);
  });

  ['MD5'].forEach((legacy: string) => {
    // plumb-expect: weak-hash
    createHash(legacy).digest('hex');
  });
  ['SHA-256', 'SHA-512'].forEach((strong: string) => {
    // plumb-ok: weak-hash
    createHash(strong).digest('hex');
  });
  res.send('ok');
});

export default app;
