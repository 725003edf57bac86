import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

type Mode = 'ping' | 'status';
type Level = 'legacy' | 'modern';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const statusMode = 'status' as Mode;
  let fixed: string;
  switch (statusMode) {
    case 'ping':
      fixed = 'ping -c 1 ' + host;
      break;
    case 'status':
      fixed = 'uptime';
      break;
  }
  // plumb-ok: command-injection
  exec(fixed);
  const pingMode = 'ping' as Mode;
  let requested: string;
  switch (pingMode) {
    case 'ping':
      requested = 'ping -c 1 ' + host;
      break;
    case 'status':
      requested = 'uptime';
      break;
  }
  // plumb-expect: command-injection
  exec(requested);

  const level = 'legacy' as Level;
  let legacy: string;
  switch (level) {
    case 'legacy':
      legacy = 'MD5';
      break;
    case 'modern':
      legacy = 'SHA-256';
      break;
  }
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const modernLevel = 'modern' as Level;
  let strong: string;
  switch (modernLevel) {
    case 'legacy':
      strong = 'MD5';
      break;
    case 'modern':
      strong = 'SHA-256';
      break;
  }
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
