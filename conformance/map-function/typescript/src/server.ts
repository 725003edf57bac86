import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed: string[] = ['localhost'].map((h) => 'ping -c 1 ' + h);
  const requested: string[] = [host].map((h) => 'ping -c 1 ' + h);
  // plumb-ok: command-injection
  exec(fixed[0]);
  // plumb-expect: command-injection
  exec(requested[0]);

  const legacy: string[] = ['MD'].map((family) => family + '5');
  const strong: string[] = ['SHA-'].map((family) => family + '256');
  // plumb-expect: weak-hash
  createHash(legacy[0]).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong[0]).digest('hex');
  res.send('ok');
});

export default app;
