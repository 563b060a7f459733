// Background work of a process whose role includes "worker": a few periodic tasks, each in its
// own loop. Tasks coordinate through the database (row claims with SKIP LOCKED), so any number
// of worker processes can run against one PostgreSQL server.
export interface Task {
  name: string;
  everyMs: number;
  /** Returns how many items it handled; when it handled some, it runs again at once. */
  run(): Promise<number>;
}

export interface Worker {
  stop(): Promise<void>;
}

export function startWorker(tasks: Task[], log: (line: string) => void): Worker {
  let stopped = false;
  const loops = tasks.map(async (task) => {
    while (!stopped) {
      let handled = 0;
      try {
        handled = await task.run();
      } catch (err) {
        log(`worker task ${task.name} failed: ${(err as Error).message}`);
      }
      if (handled === 0 && !stopped) await new Promise((r) => setTimeout(r, task.everyMs).unref());
    }
  });
  return {
    async stop() {
      stopped = true;
      await Promise.race([Promise.all(loops), new Promise((r) => setTimeout(r, 2000).unref())]);
    },
  };
}
