/** `soundstage serve` in a child process, as an operator runs it. */
import { spawn, type ChildProcess } from 'node:child_process';

export async function startServer(
  dataDir: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/run.ts', 'serve', '--port', '0', '--data', dataDir, ...args],
    { env: { ...process.env, SOUNDSTAGE_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving the Videos API at (\S+)\/v1/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  return { child, url };
}
