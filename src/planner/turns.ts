/**
 * Words and deeds in the order the prompt tells them: a line said after an act ("waves back and
 * says …") starts once the act is under way, and an act told after a line ("says …, then laughs")
 * waits until the line has been said. Line lengths are estimated here (the voice gives the real
 * ones later, and its turn-taking keeps lines from overlapping).
 */
import type { ScenePlan } from '../plan/schema.js';
import type { Layout } from './layout.js';
import { SPEECH_MARKER } from './dialogue.js';
import type { Parsed } from './parse.js';

/** How long after an act begins a line told after it starts, seconds. */
const LINE_AFTER_ACT = 0.5;
/** Words said per second, for estimating when a line ends. */
const WORDS_PER_SECOND = 2.6;

export function orderTurns(
  parsed: Parsed,
  set: Layout,
  dialogue: ScenePlan['dialogue'],
  duration: number,
): void {
  const markers = parsed.tokens.flatMap((t, i) => (t === SPEECH_MARKER ? [i] : []));
  const entityOf = (act: Parsed['acts'][number]) => set.idsOf.get(act.subject)?.[act.only ?? 0];
  const performOf = (id: string, kind: string) =>
    set.actions.find((a) => a.type === 'perform' && a.entity === id && a.motion === kind);
  dialogue.forEach((line, n) => {
    const marker = markers[n];
    if (marker === undefined) return;
    const mine = parsed.acts.filter((a) => entityOf(a) === line.speaker);
    const before = mine.filter((a) => a.at < marker).at(-1);
    const done = before && performOf(line.speaker, before.kind);
    if (done) line.at = Math.min(duration - 0.5, Math.max(line.at ?? 0, done.at + LINE_AFTER_ACT));
    const lineEnd = (line.at ?? 0) + line.text.split(/\s+/).length / WORDS_PER_SECOND + 0.2;
    for (const act of mine.filter((a) => a.at > marker && a.step > (parsed.steps[marker] ?? 0))) {
      const p = performOf(line.speaker, act.kind);
      if (p && p.at < lineEnd) p.at = Math.min(duration - 0.3, lineEnd);
    }
  });
}
