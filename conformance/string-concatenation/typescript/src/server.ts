import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  let command: string = 'ping -c 1 ';
  command += host;
  // plumb-expect: command-injection
  exec(command);
  let fixed: string = 'ping -c 1 ';
  fixed += 'localhost';
  // plumb-ok: command-injection
  exec(fixed);

  const family = 'MD';
  const legacy: string = family + '5';
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const strong: string = 'SHA-' + '256';
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
