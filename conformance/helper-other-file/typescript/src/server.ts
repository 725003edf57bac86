import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';
import { algorithmName, buildPing } from './helpers';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec(buildPing('localhost'));
  // plumb-expect: command-injection
  exec(buildPing(host));

  // plumb-expect: weak-hash
  createHash(algorithmName('MD', '5')).digest('hex');
  // plumb-ok: weak-hash
  createHash(algorithmName('SHA-', '256')).digest('hex');
  res.send('ok');
});

export default app;
