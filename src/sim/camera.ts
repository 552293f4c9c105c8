/** Camera choreography: the plan's shots and moves, evaluated at a time. */
import type { ScenePlan, Shot } from '../plan/schema.js';
import { add, axisAngle, cross, normalize, rotate, scale, sub } from '../math/vec.js';
import { focalPixels } from '../math/camera.js';
import type { CameraPose } from './trace.js';

const DEG = Math.PI / 180;

/** Smooth start and stop, as a camera operator moves. */
const easeInOut = (u: number): number => u * u * (3 - 2 * u);

/** The shot running at time t (the first before the shots start, the last after they end). */
export function shotAt(shots: Shot[], t: number): Shot {
  return (
    shots.find((s) => t >= s.start && t < s.end) ??
    (t < shots[0]!.start ? shots[0]! : shots[shots.length - 1]!)
  );
}

/** The camera at time t; `shots` are the plan's, after fitting (see framing.ts). */
export function cameraAt(plan: ScenePlan, t: number, shots: Shot[] = plan.shots): CameraPose {
  const shot = shotAt(shots, t);
  const u = easeInOut(Math.min(1, Math.max(0, (t - shot.start) / (shot.end - shot.start))));
  let position = shot.position;
  let target = shot.target;
  let lens = shot.lensMm;
  const { type, amount } = shot.move;
  const forward = normalize(sub(target, position));
  const right = normalize(cross(forward, [0, 1, 0]));
  switch (type) {
    case 'dolly':
      position = add(position, scale(forward, amount * u));
      target = add(target, scale(forward, amount * u));
      break;
    case 'truck':
      position = add(position, scale(right, amount * u));
      target = add(target, scale(right, amount * u));
      break;
    case 'crane':
      position = add(position, [0, amount * u, 0]);
      target = add(target, [0, amount * u, 0]);
      break;
    case 'pan':
      target = add(position, rotate(axisAngle([0, 1, 0], -amount * u * DEG), sub(target, position)));
      break;
    case 'tilt':
      target = add(position, rotate(axisAngle(right, amount * u * DEG), sub(target, position)));
      break;
    case 'orbit':
      position = add(target, rotate(axisAngle([0, 1, 0], amount * u * DEG), sub(position, target)));
      break;
    case 'zoom':
      lens = shot.lensMm * (1 + (amount - 1) * u);
      break;
    case 'shake': {
      // A jitter of a few incommensurate wobbles, phased by the seed: the same plan shakes the same.
      const phase = (k: number) => ((plan.seed * 0.618 + k * 0.377) % 1) * 2 * Math.PI;
      const wobble = (k: number) =>
        0.55 * Math.sin(2 * Math.PI * 5.3 * t + phase(k)) +
        0.3 * Math.sin(2 * Math.PI * 9.7 * t + phase(k + 1)) +
        0.15 * Math.sin(2 * Math.PI * 17.9 * t + phase(k + 2));
      const aim = sub(target, position);
      const yawed = rotate(axisAngle([0, 1, 0], amount * wobble(0) * DEG), aim);
      target = add(position, rotate(axisAngle(right, amount * wobble(3) * DEG), yawed));
      break;
    }
    case 'static':
    case 'follow': // travels with its subject, which only the simulation knows (sim/index.ts)
      break;
  }
  const focal = focalPixels(lens, plan.width, plan.height);
  return { position, target, fovY: 2 * Math.atan(plan.height / 2 / focal) };
}
