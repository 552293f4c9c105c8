/**
 * A ScenePlan as a person reads it: what the video is, what the planner understood, the things in
 * it, what happens when, the camera, the speech and the sound, and what was left out. Pure.
 */
import type { Action, ScenePlan } from './schema.js';

const s = (t: number) => `${t.toFixed(2)} s`;
const at = (p: readonly number[]) => `(${p.map((v) => v.toFixed(2)).join(', ')})`;
const speed = (v: readonly number[]) => Math.hypot(...v).toFixed(1);

function person(c: NonNullable<ScenePlan['entities'][number]['character']>): string {
  const who = [
    c.age !== 'adult' && c.age,
    c.gender !== 'neutral' && c.gender,
    c.build !== 'average' && c.build,
  ];
  const worn = [c.outfit !== 'casual' && c.outfit, ...c.accessories].filter(Boolean);
  return [...who.filter(Boolean), worn.length ? `wearing ${worn.join(', ')}` : ''].filter(Boolean).join(' ');
}

/** A verb for "it does": push → pushes, wave → waves, look-up → looks up. */
const does = (motion: string) => {
  const [verb = '', ...rest] = motion.split('-');
  return [/(sh|ch|s|x)$/.test(verb) ? `${verb}es` : `${verb}s`, ...rest].join(' ');
};

function happening(a: Action): string {
  switch (a.type) {
    case 'release':
      return `${a.entity} is let go`;
    case 'launch':
      return `${a.entity} is set going at ${speed(a.velocity)} m/s${a.intent ? ` (${a.intent})` : ''}`;
    case 'move':
      return `${a.entity} moves to ${at(a.to)} over ${s(a.duration)}`;
    case 'paint':
      return `${a.entity} turns ${a.color} over ${s(a.duration)}`;
    case 'perform':
      return `${a.entity} ${does(a.motion === 'bark' ? 'call' : a.motion)}${a.target ? ` toward ${a.target}` : ''} for ${s(a.duration)}`;
    case 'carry':
      return `${a.entity} is held by ${a.by}`;
    case 'feel':
      return `${a.entity} looks ${a.emotion}`;
  }
}

export function explainPlan(plan: ScenePlan): string {
  const env = plan.environment;
  const out: string[] = [
    `Prompt: ${JSON.stringify(plan.prompt)}`,
    `Video: ${plan.duration} s, ${plan.width}x${plan.height} at ${plan.fps} fps, seed ${plan.seed}, ${plan.style} style`,
    `Place: ${env.place}, ${env.ground.material} ground, ${env.wall ? 'a wall behind' : 'open sky'}, ${env.timeOfDay} light` +
      (env.weather !== 'clear' ? `, ${env.weather}` : '') +
      (env.season ? `, ${env.season}` : '') +
      (env.backdrop ? ', in front of a picture' : ''),
    ...(plan.sound.music ? [`Music: ${plan.sound.music.mood}, ${plan.sound.music.tempo} bpm`] : []),
  ];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(`${title}:`, ...lines.map((l) => `  ${l}`));
  };
  section(
    'Understood',
    plan.understanding.understood.map((u) => `${JSON.stringify(u.text)} → ${u.as}`),
  );
  section(
    `Things (${plan.entities.length})`,
    plan.entities.map(
      (e) =>
        `${e.id}: ${e.archetype}${e.label && e.label !== e.archetype ? ` ("${e.label}")` : ''}, ${e.material}, ${e.color}` +
        `${e.scale !== 1 ? `, ×${Number(e.scale.toFixed(2))}` : ''}, ${e.body === 'static' ? 'scenery' : e.body} at ${at(e.position)}` +
        (e.appearAt ? `, appears at ${s(e.appearAt)}` : '') +
        (e.character ? `, ${person(e.character)}` : ''),
    ),
  );
  section(
    'What happens',
    [...plan.actions].sort((a, b) => a.at - b.at).map((a) => `${s(a.at)}  ${happening(a)}`),
  );
  section(
    'Camera',
    plan.shots.map(
      (sh) =>
        `${s(sh.start)}–${s(sh.end)}  ${sh.framing} shot, ${sh.lensMm} mm, ` +
        `${sh.move.type === 'static' ? 'still' : `${sh.move.type} ${sh.move.amount.toFixed(2)}`}` +
        (sh.keepInView.length ? `, keeps ${sh.keepInView.join(', ')} in view` : ''),
    ),
  );
  section(
    'Speech',
    plan.dialogue.map(
      (d) =>
        `${d.at === undefined ? '' : `${s(d.at)}  `}${d.speaker}: ${JSON.stringify(d.text)}${d.tone ? ` (${d.tone})` : ''}`,
    ),
  );
  const music = plan.sound.music;
  out.push(
    `Sound: ${plan.sound.ambience.kind} ambience at ${plan.sound.ambience.levelDb} dB, ` +
      `${music ? `${music.mood} music at ${music.tempo} bpm` : 'no music'}, ${plan.sound.cues.length} extra cues, ` +
      `loudness ${plan.sound.loudnessLufs} LUFS`,
  );
  section(
    'Not used from the prompt',
    plan.understanding.ignored.length ? [plan.understanding.ignored.join(', ')] : [],
  );
  section('Notes', plan.understanding.notes);
  return out.join('\n') + '\n';
}
