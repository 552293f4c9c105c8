/** Physical properties of the materials a plan may name. Acoustic properties live in audio/. */
import type { Material } from '../plan/schema.js';
import type { MaterialInfo } from './types.js';

export const MATERIALS: Record<Material, MaterialInfo> = {
  wood: { density: 650, restitution: 0.45, friction: 0.6 },
  metal: { density: 7800, restitution: 0.35, friction: 0.4 },
  glass: { density: 2500, restitution: 0.55, friction: 0.3 },
  rubber: { density: 1100, restitution: 0.8, friction: 0.9 },
  stone: { density: 2400, restitution: 0.3, friction: 0.7 },
  plastic: { density: 1000, restitution: 0.5, friction: 0.4 },
  ceramic: { density: 2300, restitution: 0.3, friction: 0.5 },
  fabric: { density: 300, restitution: 0.1, friction: 0.8 },
};
