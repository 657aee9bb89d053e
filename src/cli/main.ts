export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`shipshape ${argv.join(' ')}\n`);
  return 0;
}
