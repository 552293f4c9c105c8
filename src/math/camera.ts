/** The pinhole camera every stage agrees on: Y is up, x grows to the right of the image, y down. */
import { cross, dot, normalize, sub, type Vec3 } from './vec.js';

export interface CameraPose {
  position: Vec3;
  target: Vec3;
  /** Vertical field of view in radians. */
  fovY: number;
}

export interface CameraBasis {
  position: Vec3;
  right: Vec3;
  up: Vec3;
  forward: Vec3;
  /** Focal length in pixels. */
  focal: number;
  width: number;
  height: number;
}

/** Focal length in pixels of a full-frame-equivalent lens: 36 mm spans the frame's longer side. */
export const focalPixels = (lensMm: number, width: number, height: number): number =>
  (Math.max(width, height) * lensMm) / 36;

export function cameraBasis(pose: CameraPose, width: number, height: number): CameraBasis {
  const forward = normalize(sub(pose.target, pose.position));
  // Looking straight down, "up" on screen falls back to −Z so the basis stays defined.
  const worldUp: Vec3 = Math.abs(forward[1]) > 0.999 ? [0, 0, -1] : [0, 1, 0];
  const right = normalize(cross(forward, worldUp));
  const up = cross(right, forward);
  const focal = height / 2 / Math.tan(pose.fovY / 2);
  return { position: pose.position, right, up, forward, focal, width, height };
}

/** Image coordinates (pixels) and depth along the view axis (metres) of a world point. */
export function project(cam: CameraBasis, p: Vec3): { x: number; y: number; depth: number } {
  const d = sub(p, cam.position);
  const depth = dot(d, cam.forward);
  const z = Math.max(depth, 1e-6);
  return {
    x: cam.width / 2 + (cam.focal * dot(d, cam.right)) / z,
    y: cam.height / 2 - (cam.focal * dot(d, cam.up)) / z,
    depth,
  };
}
