/**
 * Turns Rapier's per-step contact forces into the events sound is made from: impacts (a pair meets,
 * or a resting pair is struck again) and rolling/sliding spans. Index −1 is the ground.
 */
import type { Material, Vec3 } from '../plan/schema.js';
import type { ContactEvent, MotionSpan } from './trace.js';

export interface BodyState {
  id: string;
  material: Material;
  restitution: number;
  /** Infinity for scenery and scripted bodies. */
  mass: number;
  position: Vec3;
  /** Velocity just before the current step (zero for scenery). */
  velocity: Vec3;
  speed: number;
  /** Slip ratio of a rolling shape (0 = pure rolling), or 1 for shapes that cannot roll. */
  slip: number;
}

interface PairState {
  lastStep: number;
  resting: number;
  lastImpactStep: number;
  pending?: { step: number; impulse: number; stepsLeft: number; approach: number };
}

interface OpenSpan {
  surface: number;
  start: number;
  lastStep: number;
  speeds: number[];
  slips: number[];
}

/** Steps over which an impact's impulse is summed (≈ 17 ms at 240 Hz). */
const IMPACT_WINDOW = 4;
/** Slower approaches than this are contact, not impact. */
const MIN_IMPACT_SPEED = 0.12;
const REFRACTORY_S = 0.04;
const MIN_SPAN_S = 0.1;
const MIN_SPAN_SPEED = 0.05;

export class ContactTracker {
  readonly contacts: ContactEvent[] = [];
  readonly spans: MotionSpan[] = [];
  private pairs = new Map<string, PairState>();
  private open = new Map<number, OpenSpan>();

  constructor(
    private readonly dt: number,
    private readonly state: (index: number) => BodyState,
  ) {}

  /** Feed one step: the summed normal impulse (N·s) of each touching pair of entities. */
  step(step: number, touching: Map<string, number>): void {
    const strongest = new Map<number, { other: number; impulse: number }>();
    for (const [key, impulse] of touching) {
      const [a, b] = key.split(':').map(Number) as [number, number];
      this.pairStep(step, key, a, b, impulse);
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const best = strongest.get(self);
        if (self >= 0 && (!best || impulse > best.impulse)) strongest.set(self, { other, impulse });
      }
    }
    for (const [key, pair] of this.pairs) {
      if (pair.pending && !touching.has(key)) this.finishImpact(key, pair);
    }
    this.spanStep(step, strongest);
  }

  /** Close everything still open at the end of the simulation. */
  finish(): void {
    for (const [key, pair] of this.pairs) if (pair.pending) this.finishImpact(key, pair);
    for (const [entity, span] of this.open) this.closeSpan(entity, span);
    this.open.clear();
    this.contacts.sort((x, y) => x.time - y.time);
    this.spans.sort((x, y) => x.start - y.start);
  }

  private pairStep(step: number, key: string, a: number, b: number, impulse: number): void {
    let pair = this.pairs.get(key);
    if (!pair) {
      pair = { lastStep: -Infinity, resting: 0, lastImpactStep: -Infinity };
      this.pairs.set(key, pair);
    }
    const refractory = (step - pair.lastImpactStep) * this.dt > REFRACTORY_S;
    if (pair.pending) {
      pair.pending.impulse += impulse;
      if (--pair.pending.stepsLeft <= 0) this.finishImpact(key, pair);
    } else if (refractory && (step - pair.lastStep > 1 || impulse > 4 * pair.resting + 1e-9)) {
      const va = this.state(a).velocity;
      const vb = this.state(b).velocity;
      const approach = Math.hypot(va[0] - vb[0], va[1] - vb[1], va[2] - vb[2]);
      pair.pending = { step, impulse, stepsLeft: IMPACT_WINDOW - 1, approach };
    } else {
      pair.resting = 0.9 * pair.resting + 0.1 * impulse;
    }
    pair.lastStep = step;
  }

  private finishImpact(key: string, pair: PairState): void {
    const pending = pair.pending!;
    pair.pending = undefined;
    const [ia, ib] = key.split(':').map(Number) as [number, number];
    const a = this.state(ia);
    const b = this.state(ib);
    const reduced = Number.isFinite(a.mass)
      ? Number.isFinite(b.mass)
        ? (a.mass * b.mass) / (a.mass + b.mass)
        : a.mass
      : b.mass;
    if (!Number.isFinite(reduced)) return; // two pieces of scenery
    const e = (a.restitution + b.restitution) / 2;
    // The normal part of the approach: what the impulse says, never more than the bodies' relative speed
    // before the step (a body settling at rest is not an impact).
    const speed = Math.min(pending.impulse / (reduced * (1 + e)), pending.approach);
    if (speed < MIN_IMPACT_SPEED) return;
    pair.lastImpactStep = pending.step;
    pair.resting = 0;
    const lighter = a.mass <= b.mass ? a : b;
    this.contacts.push({
      // The impulse is applied during this step: its middle is the moment of contact.
      time: (pending.step + 0.5) * this.dt,
      a: a.id,
      b: b.id,
      impulse: pending.impulse,
      speed,
      materials: [a.material, b.material],
      mass: Math.min(a.mass, b.mass),
      position: lighter.position,
    });
  }

  private spanStep(step: number, strongest: Map<number, { other: number; impulse: number }>): void {
    for (const [entity, span] of this.open) {
      const touch = strongest.get(entity);
      if (touch && touch.other === span.surface) continue;
      // A couple of steps in the air (a bump) do not end a roll.
      if (step - span.lastStep > 3 || (touch && touch.other !== span.surface)) {
        this.closeSpan(entity, span);
        this.open.delete(entity);
      }
    }
    for (const [entity, touch] of strongest) {
      const s = this.state(entity);
      if (!Number.isFinite(s.mass)) continue;
      let span = this.open.get(entity);
      if (!span) {
        span = { surface: touch.other, start: step, lastStep: step, speeds: [], slips: [] };
        this.open.set(entity, span);
      }
      while (span.start + span.speeds.length < step) {
        span.speeds.push(0);
        span.slips.push(1);
      }
      span.speeds.push(s.speed);
      span.slips.push(s.slip);
      span.lastStep = step;
    }
  }

  private closeSpan(entity: number, span: OpenSpan): void {
    const duration = span.speeds.length * this.dt;
    const moving = span.speeds.filter((v) => v > MIN_SPAN_SPEED).length;
    if (duration < MIN_SPAN_S || moving * this.dt < MIN_SPAN_S) return;
    const body = this.state(entity);
    const surface = this.state(span.surface);
    const meanSlip = span.slips.reduce((x, y) => x + y, 0) / span.slips.length;
    this.spans.push({
      kind: meanSlip < 0.35 ? 'roll' : 'slide',
      entity: body.id,
      surface: surface.id,
      materials: [body.material, surface.material],
      start: span.start * this.dt,
      end: (span.start + span.speeds.length) * this.dt,
      speeds: Float32Array.from(span.speeds),
      rate: 1 / this.dt,
    });
  }
}
