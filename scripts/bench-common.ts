// Shared set-up of the benchmarks: a database like the product's (PGlite in a temporary data
// folder, or the server named by DATABASE_URL), migrated, with the demo organisation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemo } from '../src/demo/demo.seed.ts';

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

export async function benchDb(): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const db = await openDb({ databaseUrl: url });
    // A benchmark starts from an empty schema of its own; it refuses to touch a database holding people.
    await migrate(db);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
    if (rows[0].n > 0 && !process.argv.includes('--reset')) {
      await db.close();
      throw new Error('DATABASE_URL holds data: point it at an empty database, or pass --reset to wipe it');
    }
    if (process.argv.includes('--reset')) {
      await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await migrate(db);
    }
    await seedDemo(db, 'bench-password-1', { conversations: false });
    return { db, cleanup: () => db.close() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'));
  const db = await openDb({ dataDir: dir });
  await migrate(db);
  await seedDemo(db, 'bench-password-1', { conversations: false });
  return {
    db,
    cleanup: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const FR = [
  'Ma commande {n} n’est toujours pas arrivée, c’est inadmissible, remboursez-moi',
  'Bonjour, vous êtes ouverts le dimanche à Lyon ? Merci',
  'Super accueil au magasin de Nantes, merci à toute l’équipe !',
  'Vous recrutez des alternants pour la rentrée ? J’ai envoyé mon CV',
  'Ce serait génial que l’appli permette de suivre le technicien en direct',
  'Journaliste au Parisien, je souhaiterais un commentaire sur le rappel des chargeurs',
  'Le lave-linge {n} fuit depuis la livraison, le SAV ne répond pas',
  'La lampe a fait de la fumée et a brûlé la table, c’est dangereux',
];
const EN = [
  'My order {n} still has not arrived after three weeks, I want a refund',
  'Do you have the {n} lamp in stock in Montreal?',
  'Great service from the Toronto team, thanks a lot!',
  'Are you hiring summer interns in marketing?',
  'It would be great if the app could show the delivery slot',
  'The charger overheated and melted, this is a safety issue',
];

/** Messages shaped like the traffic a customer-service channel receives, in French and English. */
export function syntheticItems(count: number, prefix: string) {
  const items = [];
  const start = Date.now() - count * 1000;
  for (let i = 0; i < count; i++) {
    const pool = i % 3 === 2 ? EN : FR;
    const text = pool[(i * 7) % pool.length].replace('{n}', String(10000 + i)) + ` #${i % 97}`;
    items.push({
      externalId: `${prefix}-${i}`,
      author: { handle: `@user${i % 5000}`, name: `User ${i % 5000}`, followers: (i * 37) % 20000 },
      text,
      createdAt: new Date(start + i * 1000).toISOString(),
    });
  }
  return items;
}
