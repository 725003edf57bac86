import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Pinger {
  line(host: string): string {
    return 'ping -c 1 ' + host;
  }

  algorithm(): string {
    return 'MD5';
  }
}

class QuietPinger extends Pinger {
  override line(host: string): string {
    return super.line(host) + ' -q';
  }

  override algorithm(): string {
    return super.algorithm();
  }
}

class ModernPinger extends Pinger {
  override algorithm(): string {
    return 'SHA-256';
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const quiet: Pinger = new QuietPinger();
  // plumb-ok: command-injection
  exec(quiet.line('localhost'));
  // plumb-expect: command-injection
  exec(quiet.line(host));

  const modern: Pinger = new ModernPinger();
  // plumb-expect: weak-hash
  createHash(quiet.algorithm()).digest('hex');
  // plumb-ok: weak-hash
  createHash(modern.algorithm()).digest('hex');
  res.send('ok');
});

export default app;
