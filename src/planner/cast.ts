/**
 * Characters in prompts: a prompt that names a character ("Pip bounces down the stairs") brings it
 * in. The name is read as the noun of the figure the character is drawn as, and the thing planned
 * from it takes the character's name and colours.
 */
import type { Entity } from '../plan/schema.js';
import { ARCHETYPES } from '../world/index.js';

export interface Character {
  id: string;
  name: string;
  /** The catalog figure it is drawn as. */
  archetype: string;
  /** "#rrggbb", most prominent first. */
  palette: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The prompt with each named character replaced by its figure's noun, and who was named. */
export function castCharacters(prompt: string, characters: readonly Character[]) {
  const named: Character[] = [];
  let text = prompt;
  // Longer names first, so "Pip Junior" is not read as "Pip".
  for (const c of [...characters].sort((a, b) => b.name.length - a.name.length)) {
    const noun = ARCHETYPES.get(c.archetype)?.nouns[0];
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(c.name)}(?![\\p{L}\\p{N}])`, 'giu');
    if (!noun || !pattern.test(text) || named.some((n) => n.archetype === c.archetype)) continue;
    text = text.replace(pattern, `the ${noun}`);
    named.push(c);
  }
  return { prompt: text, named };
}

/** Gives the planned figure of each named character its name and main colour. */
export function dressCharacters(entities: Entity[], named: readonly Character[]): Entity[] {
  return entities.map((e) => {
    const c = named.find((n) => n.archetype === e.archetype);
    return c ? { ...e, label: c.name, color: c.palette[0] ?? e.color } : e;
  });
}
