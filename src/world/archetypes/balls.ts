/** Round things that roll and bounce. */
import type { Archetype, Pattern } from '../types.js';
import type { Material } from '../../plan/schema.js';

function ball(
  name: string,
  nouns: string[],
  radius: number,
  color: string,
  material: Material,
  pattern: Pattern,
  physics?: Archetype['physics'],
): Archetype {
  return {
    name,
    nouns,
    defaultColor: color,
    defaultMaterial: material,
    defaultBody: 'dynamic',
    origin: 'center',
    size: [2 * radius, 2 * radius, 2 * radius],
    physics,
    colliders: (e) => [{ shape: 'ball', radius: radius * e.scale }],
    parts: (e) => [
      {
        kind: 'sphere',
        center: [0, 0, 0],
        radius: radius * e.scale,
        color: e.color,
        pattern,
        opacity: e.material === 'glass' ? 0.55 : 1,
      },
    ],
  };
}

export const balls: Archetype[] = [
  // A playground ball is hollow: its density is the rubber shell's spread over the volume.
  ball('ball', ['ball', 'sphere', 'orb', 'sports ball'], 0.11, '#d33a2c', 'rubber', 'glossy', {
    density: 180,
  }),
  ball('marble', ['marble'], 0.012, '#7fc8e8', 'glass', 'marble'),
  ball('basketball', ['basketball'], 0.12, '#d9682b', 'rubber', 'basketball', {
    density: 85,
    restitution: 0.82,
  }),
  ball('bowling-ball', ['bowling ball'], 0.109, '#2b3a8c', 'plastic', 'glossy', { density: 1300 }),
];
