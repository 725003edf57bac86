import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const hosts = req.query.hosts as string;
  const template = 'ping -c 1 HOST';
  // plumb-expect: command-injection
  exec(template.replace('HOST', host));
  // plumb-ok: command-injection
  exec(template.replace('HOST', 'localhost'));
  const spaced: string = hosts.replaceAll(',', ' ');
  // plumb-expect: command-injection
  exec('ping -c 1 ' + spaced);

  const legacy: string = 'MD-5'.replace('-', '');
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const strong: string = 'SHA_256'.replace('_', '-');
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
