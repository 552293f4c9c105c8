/**
 * What people say when the prompt says they talk but not what: "two friends argue" is heard as an
 * argument, "they chat" as a chat. Lines go back and forth between the group, in the tone of the
 * exchange, filling the time the act takes; which lines is the seed's choice.
 */
import type { ScenePlan } from '../plan/schema.js';
import { createRandom } from '../plan/random.js';
import { isLiving } from './living.js';
import type { Layout } from './layout.js';
import type { Parsed } from './parse.js';

const EXCHANGES: { verbs: RegExp; tone: string; lines: string[] }[] = [
  {
    verbs: /^(argu|quarrel|bicker)/,
    tone: 'angry',
    lines: [
      'That is not what I said!',
      'You never listen to me.',
      'Oh, come on!',
      'I can not believe you.',
      'Why do you always do this?',
      'Fine. Whatever.',
      'You know that is not true!',
      'Just stop it.',
    ],
  },
  {
    verbs: /^(talk|chat|convers)/,
    tone: '',
    lines: [
      'So, how have you been?',
      'Not bad at all, and you?',
      'Busy, but good.',
      'Did you see the game?',
      'I did, what a finish!',
      'We should do this more often.',
    ],
  },
];

/** Seconds between the lines of an exchange, roughly (the voices' own turn-taking refines it). */
const LINE_EVERY = 1.7;

export function conversations(
  parsed: Parsed,
  set: Layout,
  seed: number,
  duration: number,
): ScenePlan['dialogue'] {
  const out: ScenePlan['dialogue'] = [];
  for (const act of parsed.acts) {
    const exchange = EXCHANGES.find((x) => x.verbs.test(act.verb));
    const people = set.idsOf.get(act.subject) ?? [];
    const other = act.target && isLiving(act.target) ? set.idsOf.get(act.target)?.[0] : undefined;
    const speakers = other ? [people[0]!, other] : people;
    if (!exchange || speakers.length < 2) continue;
    const start =
      set.actions.find((a) => a.type === 'perform' && a.entity === speakers[0] && a.motion === act.kind)
        ?.at ?? 0.4;
    const end = Math.min(
      duration,
      ...set.actions.filter((a) => a.type === 'move' && speakers.includes(a.entity)).map((a) => a.at),
    );
    const rng = createRandom(seed, `conversation/${act.verb}`);
    // A seeded Fisher–Yates shuffle (a random sort comparator depends on the engine's sort).
    const lines = [...exchange.lines];
    for (let k = lines.length - 1; k > 0; k--) {
      const j = Math.floor(rng.next() * (k + 1));
      [lines[k], lines[j]] = [lines[j]!, lines[k]!];
    }
    for (let k = 0, at = start; at < end - 1 && k < lines.length; k++, at += LINE_EVERY)
      out.push({
        speaker: speakers[k % speakers.length]!,
        text: lines[k]!,
        at: Math.round(at * 100) / 100,
        ...(exchange.tone && { tone: exchange.tone }),
      });
  }
  return out;
}
