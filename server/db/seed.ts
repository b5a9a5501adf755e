/**
 * First start: the model's presets become example scenarios, so a new user
 * sees a filled list. Once per database (a flag in app_meta), so a user who
 * deletes the examples does not get them back on the next start.
 */
import { eq, isNull } from 'drizzle-orm';
import { DEFAULT_HORIZON_MONTHS } from '@/server/model/assumptions';
import { PRESETS } from '@/server/model/presets';
import type { Database } from './client';
import { appMeta, scenarios } from './schema';
import { insertScenario } from './scenarios';

const SEEDED_KEY = 'examples_seeded';

export async function seedExampleScenarios(db: Database): Promise<number> {
  const [seeded] = await db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY));
  if (seeded) return 0;
  return db.transaction(async (tx) => {
    // Two servers on one PostgreSQL may start together: the flag's primary key lets only one claim it.
    const claimed = await tx.insert(appMeta).values({ key: SEEDED_KEY, value: new Date().toISOString() }).onConflictDoNothing().returning();
    if (claimed.length === 0) return 0;
    for (const preset of PRESETS) await seedPreset(tx, preset);
    return PRESETS.length;
  });
}

async function seedPreset(tx: Parameters<typeof insertScenario>[0], preset: (typeof PRESETS)[number]): Promise<void> {
  await insertScenario(
    tx,
    null, // no account exists yet: the setup gives the examples to the first administrator
    {
      name: preset.name,
      description: preset.rationale,
      tags: ['example', 'preset'],
      assumptions: { ...preset.assumptions, sanctionsLifted: [...preset.assumptions.sanctionsLifted] },
      horizonMonths: DEFAULT_HORIZON_MONTHS,
    },
    { note: "example scenario from the model's presets" },
  );
}

/**
 * Gives every scenario without an owner (the seeded examples) to `ownerId`: the first
 * administrator, at setup. Returns how many.
 */
export async function claimUnownedScenarios(db: Pick<Database, 'update'>, ownerId: string): Promise<number> {
  const claimed = await db.update(scenarios).set({ ownerId }).where(isNull(scenarios.ownerId)).returning({ id: scenarios.id });
  return claimed.length;
}
