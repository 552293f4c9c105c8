/**
 * Where and how a thing goes: the direction phrase after a verb of going ("from left to right",
 * "toward the camera", "away") and the manner adverbs around it ("slowly", "gracefully"). Screen
 * directions are world directions for the default camera, which looks at the scene from its front
 * (+z): right is +x, toward the camera is +z.
 */
import type { Vec3 } from '../plan/schema.js';
import { MANNERS } from './lexicon.js';

export interface Course {
  /** Unit direction on the ground. */
  direction?: Vec3;
  /** Factor on the verb's usual speed. */
  pace: number;
}

const DIRECTIONS: [string[], Vec3][] = [
  [
    ['from', 'left', 'to', 'right'],
    [1, 0, 0],
  ],
  [
    ['left', 'to', 'right'],
    [1, 0, 0],
  ],
  [
    ['from', 'right', 'to', 'left'],
    [-1, 0, 0],
  ],
  [
    ['right', 'to', 'left'],
    [-1, 0, 0],
  ],
  [
    ['toward', 'the', 'camera'],
    [0, 0, 1],
  ],
  [
    ['towards', 'the', 'camera'],
    [0, 0, 1],
  ],
  [
    ['toward', 'the', 'viewer'],
    [0, 0, 1],
  ],
  [
    ['towards', 'the', 'viewer'],
    [0, 0, 1],
  ],
  [
    ['towards', 'us'],
    [0, 0, 1],
  ],
  [
    ['toward', 'us'],
    [0, 0, 1],
  ],
  [
    ['at', 'the', 'camera'],
    [0, 0, 1],
  ],
  [
    ['away', 'from', 'the', 'camera'],
    [0, 0, -1],
  ],
  [
    ['into', 'the', 'distance'],
    [0, 0, -1],
  ],
  [['away'], [0, 0, -1]],
  [
    ['to', 'the', 'left'],
    [-1, 0, 0],
  ],
  [
    ['to', 'the', 'right'],
    [1, 0, 0],
  ],
  [['leftward'], [-1, 0, 0]],
  [['leftwards'], [-1, 0, 0]],
  [['rightward'], [1, 0, 0]],
  [['rightwards'], [1, 0, 0]],
];

/** Reads the course of the verb at `verb`, marking the words it uses. */
export function readCourse(
  tokens: string[],
  verb: number,
  used: Set<number>,
  understood: { text: string; as: string }[],
): Course {
  const course: Course = { pace: 1 };
  for (let i = verb + 1; i < Math.min(tokens.length, verb + 7); i++) {
    const hit = DIRECTIONS.find(([p]) => p.every((w, k) => tokens[i + k] === w));
    // "to the left of the table" places a thing; it is not a course.
    if (!hit || tokens[i + hit[0].length] === 'of') continue;
    course.direction = hit[1];
    for (let k = 0; k < hit[0].length; k++) used.add(i + k);
    understood.push({ text: hit[0].join(' '), as: `heading ${JSON.stringify(hit[1])}` });
    break;
  }
  for (const i of [verb - 1, verb + 1, verb + 2, verb + 3]) {
    const pace = MANNERS[tokens[i] ?? ''];
    if (pace === undefined || used.has(i)) continue;
    course.pace = pace;
    used.add(i);
    understood.push({ text: tokens[i]!, as: `pace ×${pace}` });
    break;
  }
  return course;
}
