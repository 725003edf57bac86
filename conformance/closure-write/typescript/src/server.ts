import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  let target: string = 'localhost';
  let algorithm: string = 'SHA-256';

  const useRequest = (): void => {
    target = host;
  };

  const useLegacy = (): void => {
    algorithm = 'MD5';
  };

  // plumb-ok: command-injection
  exec('ping -c 1 ' + target);
  useRequest();
  // plumb-expect: command-injection
  exec('ping -c 1 ' + target);

  // plumb-ok: weak-hash
  createHash(algorithm).digest('hex');
  useLegacy();
  // plumb-expect: weak-hash
  createHash(algorithm).digest('hex');
  res.send('ok');
});

export default app;
