export function buildPing(target: string): string {
  return 'ping -c 1 ' + target;
}

export function algorithmName(family: string, size: string): string {
  return family + size;
}
