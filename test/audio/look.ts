/**
 * Writes WAVs to /tmp/audio-look/ for listening and for `sox f.wav -n stat` / spectrograms:
 * one file per material (a soft, a medium and a hard hit of a small and a big body), one per
 * ambience kind (with three hits), rolling and sliding, cues and each music mood.
 * Run: node --import tsx test/audio/look.ts
 */
import { materials } from '../../src/plan/schema.js';
import { renderAudio, measureLoudness } from '../../src/audio/index.js';
import { hit, makePlan, makeTrace, span, writeWav, type Ambience } from './helpers.js';

const dir = '/tmp/audio-look';
const report = (name: string, s: ReturnType<typeof renderAudio>): void => {
  writeWav(`${dir}/${name}.wav`, s);
  const m = measureLoudness(s);
  console.log(`${name.padEnd(18)} ${m.integratedLufs.toFixed(2)} LUFS  ${m.truePeakDbtp.toFixed(2)} dBTP`);
};

for (const material of materials) {
  const plan = makePlan({ duration: 4, ambience: 'none' });
  const contacts = [
    hit(0.2, { materials: [material, material], speed: 0.3, mass: 0.05 }),
    hit(0.8, { materials: [material, material], speed: 2, mass: 0.05 }),
    hit(1.5, { materials: [material, material], speed: 6, mass: 0.05 }),
    hit(2.2, { materials: [material, material], speed: 0.3, mass: 5 }),
    hit(2.8, { materials: [material, material], speed: 2, mass: 5 }),
    hit(3.4, { materials: [material, material], speed: 6, mass: 5 }),
  ];
  report(`material-${material}`, renderAudio(plan, makeTrace(plan, contacts)));
}

for (const kind of ['room', 'kitchen', 'gym', 'outdoor', 'park'] as Ambience[]) {
  const place = kind === 'none' ? 'studio' : kind;
  const plan = makePlan({ duration: 6, ambience: kind, place });
  const contacts = [1, 2.5, 4].map((t) => hit(t, { materials: ['wood', 'wood'], speed: 2 }));
  report(`ambience-${kind}`, renderAudio(plan, makeTrace(plan, contacts)));
  const bare = makePlan({ duration: 6, ambience: kind, place });
  report(`bed-${kind}`, renderAudio(bare, makeTrace(bare)));
}

{
  const plan = makePlan({ duration: 5, ambience: 'room' });
  const trace = makeTrace(
    plan,
    [hit(0.5, { materials: ['rubber', 'wood'] })],
    [span('roll', 0.5, 2.5, 2), span('slide', 3, 4.5, 1.5)],
  );
  report('rolling-sliding', renderAudio(plan, trace));
}
{
  const cues = [
    { at: 0.3, kind: 'impact' as const, material: 'metal' as const },
    { at: 1.3, kind: 'bell' as const },
    { at: 3.5, kind: 'click' as const },
    { at: 4.2, kind: 'whoosh' as const },
  ];
  const plan = makePlan({ duration: 5, ambience: 'room', cues });
  report('cues', renderAudio(plan, makeTrace(plan)));
}
for (const mood of ['calm', 'happy', 'tense', 'sad'] as const) {
  const plan = makePlan({ duration: 8, ambience: 'room', music: { mood, tempo: 100, levelDb: -8 } });
  report(`music-${mood}`, renderAudio(plan, makeTrace(plan, [hit(2, { materials: ['glass', 'wood'] })])));
}
