/**
 * What a person wears and looks like: the character's choices where the plan gives them, and
 * otherwise ones drawn from the entity's id (the same person looks the same in every shot).
 */
import type { Character, Entity } from '../../plan/schema.js';
import { createRandom } from '../../plan/random.js';
import { characterOf } from './human-body.js';

type HairStyle = NonNullable<Character['hair']>['style'];
type Accessory = Character['accessories'][number];

export interface Look {
  outfit: Character['outfit'];
  skin: string;
  /** Skin in shadow: ears' insides, the lip line, a nose's underside. */
  skinDark: string;
  lips: string;
  hair: { color: string; style: HairStyle };
  /** Shirt, coat or dress (the entity's colour), trousers or skirt, shoes. */
  top: string;
  bottom: string;
  shoes: string;
  iris: string;
  /** Sleeves to the wrist, legs covered to the ankle. */
  longSleeves: boolean;
  accessories: ReadonlySet<Accessory>;
  /** A second colour for hats, umbrellas, ties and bags: picked to stand apart from the top. */
  accent: string;
}

const SKINS = ['#f3d2b6', '#eac09c', '#d9a57c', '#c08660', '#9a6440', '#7a4b2e'];
const HAIRS = ['#2a1c14', '#1c1714', '#4a2f1d', '#6b4424', '#a0703a', '#d0a860', '#7c2f18'];
const GREYS = ['#b9b6b0', '#d8d6d0', '#8f8c87'];
const BOTTOMS = ['#2b3550', '#34383f', '#4a3b2c', '#3d4d66', '#5b6470', '#2f3a2f'];
const ACCENTS = ['#c0392b', '#2c6e9b', '#e0a526', '#2e7d4f', '#7b3f98', '#1f2a38'];
const IRISES = ['#4a2e1c', '#2f4f6f', '#3f5a35', '#5a3a22'];

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (c: number[]): string =>
  `#${c
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** The colour scaled toward black (f < 1) or white (f > 1). */
export function shade(hex: string, f: number): string {
  const c = hexToRgb(hex);
  return toHex(f <= 1 ? c.map((v) => v * f) : c.map((v) => v + (255 - v) * (f - 1)));
}

export function mixHex(a: string, b: string, t: number): string {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return toHex(x.map((v, i) => v + (y[i]! - v) * t));
}

const distance = (a: string, b: string): number => {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
};

function defaultHair(c: Character, pick: (n: number) => number): HairStyle {
  const styles: Record<Character['gender'], HairStyle[]> =
    c.age === 'elderly'
      ? { male: ['short', 'bald', 'short'], female: ['bun', 'curly', 'short'], neutral: ['short', 'curly'] }
      : c.age === 'child'
        ? { male: ['short', 'curly'], female: ['ponytail', 'long'], neutral: ['short', 'ponytail'] }
        : {
            male: ['short', 'short', 'curly'],
            female: ['long', 'ponytail', 'bun', 'long'],
            neutral: ['short', 'curly', 'long'],
          };
  const list = styles[c.gender];
  return list[pick(list.length)]!;
}

export function lookOf(e: Entity): Look {
  const c = characterOf(e);
  const rng = createRandom(0, `person:${e.id}`);
  const pick = (n: number) => Math.floor(rng.next() * n);
  const skin = c.skin ?? SKINS[pick(SKINS.length)]!;
  const hairColor = c.age === 'elderly' ? GREYS[pick(GREYS.length)]! : HAIRS[pick(HAIRS.length)]!;
  const hair = c.hair ?? { color: hairColor, style: defaultHair(c, pick) };
  const top = e.color;
  const outfit = c.outfit;
  const bottomDefault =
    outfit === 'suit' || outfit === 'uniform' ? shade(top, 0.8) : BOTTOMS[pick(BOTTOMS.length)]!;
  const accents = ACCENTS.filter((a) => distance(a, top) > 90);
  return {
    outfit,
    skin,
    skinDark: shade(skin, 0.72),
    lips: mixHex(skin, '#c4606c', 0.32),
    hair,
    top,
    bottom: c.bottom ?? (outfit === 'dress' ? top : bottomDefault),
    shoes:
      outfit === 'sport'
        ? '#f2f2ee'
        : outfit === 'dress'
          ? ['#7a1f2b', '#222226', '#5a3a22'][pick(3)]!
          : ['#1f1f22', '#3a2818', '#2a2a30'][pick(3)]!,
    iris: IRISES[pick(IRISES.length)]!,
    longSleeves: outfit === 'suit' || outfit === 'raincoat' || outfit === 'uniform' || c.age === 'elderly',
    accessories: new Set(c.accessories),
    accent: accents[pick(accents.length)] ?? '#c0392b',
  };
}
