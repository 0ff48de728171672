export {};
/**
 * `npm run -s analyze -- [options] [FILE ...]`: the command in CONTRACT.md.
 * Standard output carries only the result; everything else (including stray console.log
 * from libraries) goes to standard error. Failures are one line, never a stack trace
 * (set CRISISLENS_DEBUG=1 to see stacks).
 */
const toStderr = (...a: unknown[]) => console.error(...a);
console.log = toStderr;
console.info = toStderr;
console.debug = toStderr;

function die(e: unknown): never {
  const msg = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim().slice(0, 300);
  process.stderr.write(`analyze: internal error: ${msg || 'unknown'}\n`);
  if (process.env.CRISISLENS_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exit(2);
}
process.on('uncaughtException', die);
process.on('unhandledRejection', die);
// `analyze … | head`: a closed pipe is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  die(e);
});

try {
  const { runAnalyze } = await import('./run-analyze');
  const { readAllStdin } = await import('./read-input');
  process.exitCode = await runAnalyze(process.argv.slice(2), {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    readStdin: () => readAllStdin(process.stdin),
  });
} catch (e) {
  die(e);
}
