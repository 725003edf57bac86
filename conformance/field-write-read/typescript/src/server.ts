import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Job {
  command = '';
  algorithm = '';
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed = new Job();
  fixed.command = 'ping -c 1 localhost';
  const requested = new Job();
  requested.command = 'ping -c 1 ' + host;
  // plumb-ok: command-injection
  exec(fixed.command);
  // plumb-expect: command-injection
  exec(requested.command);

  const legacy = new Job();
  legacy.algorithm = 'MD5';
  const strong = new Job();
  strong.algorithm = 'SHA-256';
  // plumb-expect: weak-hash
  createHash(legacy.algorithm).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong.algorithm).digest('hex');
  res.send('ok');
});

export default app;
