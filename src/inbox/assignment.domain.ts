// Round-robin by capacity: the next conversation goes to the available adviser with the most
// room left (open conversations against capacity); ties go to whoever was given one least recently.

export interface AdviserLoad {
  id: string;
  available: boolean;
  capacity: number;
  open: number;
  /** Set each time the adviser is picked; breaks ties in turn. */
  lastPick: number;
}

export function pickAdviser(advisers: AdviserLoad[]): AdviserLoad | undefined {
  let best: AdviserLoad | undefined;
  for (const a of advisers) {
    if (!a.available || a.open >= a.capacity) continue;
    if (!best) {
      best = a;
      continue;
    }
    const room = 1 - a.open / a.capacity;
    const bestRoom = 1 - best.open / best.capacity;
    if (room > bestRoom || (room === bestRoom && a.lastPick < best.lastPick)) best = a;
  }
  return best;
}

/** Picks and books: the chosen adviser's load grows so the next pick in the same batch sees it. */
export function assignNext(advisers: AdviserLoad[], turn: number): string | null {
  const a = pickAdviser(advisers);
  if (!a) return null;
  a.open++;
  a.lastPick = turn;
  return a.id;
}
