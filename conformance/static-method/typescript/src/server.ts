import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Commands {
  static ping(target: string): string {
    return 'ping -c 1 ' + target;
  }

  static algorithm(family: string, size: string): string {
    return family + size;
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec(Commands.ping('localhost'));
  // plumb-expect: command-injection
  exec(Commands.ping(host));

  // plumb-expect: weak-hash
  createHash(Commands.algorithm('MD', '5')).digest('hex');
  // plumb-ok: weak-hash
  createHash(Commands.algorithm('SHA-', '256')).digest('hex');
  res.send('ok');
});

export default app;
