/**
 * Where a sound sits in the stereo image: equal-power panning from the source's horizontal
 * position on screen (the shared camera projection at that frame), and a gentle level drop with
 * distance from the camera (−3 dB per doubling beyond the camera's subject distance).
 */
import type { ScenePlan, Vec3 } from '../plan/schema.js';
import { poseAt, type Trace } from '../sim/trace.js';
import { cameraBasis, project, type CameraBasis } from '../math/camera.js';
import { dot, length, sub } from '../math/vec.js';

export interface Placement {
  left: number;
  right: number;
}

/** Panning never goes fully hard left/right: a little of each source reaches both ears. */
const WIDTH = 0.85;

export class Spatializer {
  private readonly bases = new Map<number, CameraBasis>();
  private readonly entityIndex = new Map<string, number>();

  constructor(
    private readonly plan: ScenePlan,
    private readonly trace: Trace,
  ) {
    trace.entities.forEach((e) => this.entityIndex.set(e.id, e.index));
  }

  private frameAt(time: number): number {
    const last = Math.max(0, this.trace.frameCount - 1);
    return Math.min(last, Math.max(0, Math.round(time * this.trace.fps)));
  }

  private basis(frame: number): CameraBasis | undefined {
    const cams = this.trace.cameras;
    if (cams.length === 0) return undefined;
    const f = Math.min(frame, cams.length - 1);
    let b = this.bases.get(f);
    if (!b) {
      b = cameraBasis(cams[f]!, this.plan.width, this.plan.height);
      this.bases.set(f, b);
    }
    return b;
  }

  /** Where an entity is at `time` (from the trace's poses, else the plan), if it exists. */
  entityPosition(id: string, time: number): Vec3 | undefined {
    const index = this.entityIndex.get(id);
    const frames = this.trace.frameCount;
    if (
      index !== undefined &&
      frames > 0 &&
      this.trace.poses.length >= frames * this.trace.entities.length * 7
    )
      return poseAt(this.trace, this.frameAt(time), index).position;
    return this.plan.entities.find((e) => e.id === id)?.position;
  }

  /** Channel gains for a source at `position` heard at `time`. */
  place(position: Vec3 | undefined, time: number): Placement {
    const frame = this.frameAt(time);
    const cam = this.basis(frame);
    if (!position || !cam) return { left: Math.SQRT1_2, right: Math.SQRT1_2 };
    const p = project(cam, position);
    let pan: number;
    if (p.depth > 1e-3) pan = (p.x - cam.width / 2) / (cam.width / 2);
    else pan = Math.sign(dot(sub(position, cam.position), cam.right)); // behind the camera: to the side
    pan = Math.max(-1, Math.min(1, pan)) * WIDTH;
    const theta = ((pan + 1) * Math.PI) / 4;
    const pose = this.trace.cameras[Math.min(frame, this.trace.cameras.length - 1)]!;
    const subject = Math.max(0.5, length(sub(pose.target, pose.position)));
    const distance = Math.max(0.1, length(sub(position, cam.position)));
    const gain = Math.min(1.4, Math.max(0.3, Math.sqrt(subject / distance)));
    return { left: Math.cos(theta) * gain, right: Math.sin(theta) * gain };
  }
}
