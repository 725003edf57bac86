import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const command: string[] = ['ping'];
  command.push('-c 1');
  command.push(host);
  // plumb-expect: command-injection
  exec(command.join(' '));
  const fixed: string[] = ['ping'];
  fixed.push('-c 1', 'localhost');
  // plumb-ok: command-injection
  exec(fixed.join(' '));

  const legacy: string[] = [];
  legacy.push('MD');
  legacy.push(String(5));
  // plumb-expect: weak-hash
  createHash(legacy.join('')).digest('hex');
  const strong: string[] = ['SHA'];
  strong.push('-');
  strong.push(String(256));
  // plumb-ok: weak-hash
  createHash(strong.join('')).digest('hex');
  res.send('ok');
});

export default app;
