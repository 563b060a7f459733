// One process per embedded data folder: PGlite has no server to arbitrate, and two writers
// would corrupt the folder. A pid file taken with O_EXCL; a file left by a dead process
// (kill -9) is taken over at once, so a crashed server restarts without waiting.
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseStartError } from './errors.ts';

export interface DirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDirLock(dir: string): DirLock {
  const file = path.join(dir, 'relais.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (pid && pid !== process.pid && alive(pid)) {
        throw new DatabaseStartError(
          `the data folder ${dir} is in use by another Relais process (pid ${pid}); stop it or choose another RELAIS_DATA_DIR`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new DatabaseStartError(`cannot lock the data folder ${dir}`);
}
