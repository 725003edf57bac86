import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

function logged(target: object, key: string, descriptor: PropertyDescriptor): PropertyDescriptor {
  const original = descriptor.value as (...args: string[]) => string;
  descriptor.value = function (this: unknown, ...args: string[]): string {
    console.debug(`calling ${key}`);
    return original.apply(this, args);
  };
  return descriptor;
}

class Commands {
  @logged
  build(target: string): string {
    return 'ping -c 1 ' + target;
  }

  @logged
  algorithm(family: string, size: string): string {
    return family + size;
  }
}

const app = express();
const commands = new Commands();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  // plumb-ok: command-injection
  exec(commands.build('localhost'));
  // plumb-expect: command-injection
  exec(commands.build(host));

  // plumb-expect: weak-hash
  createHash(commands.algorithm('MD', '5')).digest('hex');
  // plumb-ok: weak-hash
  createHash(commands.algorithm('SHA-', '256')).digest('hex');
  res.send('ok');
});

export default app;
