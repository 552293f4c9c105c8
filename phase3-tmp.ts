import { createCanvas } from '@napi-rs/canvas';
import { lookAt, makePlan, makeTrace } from './test/render/helpers.js';
import { createStyle } from './src/render/styles.js';
import { lightOf, type View } from './src/render/view.js';
import { cameraBasis } from './src/math/camera.js';
import { drawBlob } from './src/render/primitives/blobs.js';
const cpu=()=>{const u=process.cpuUsage(); return (u.user+u.system)/1000;};
const plan = makePlan([], { width: 1280, height: 720 });
const trace = makeTrace(plan, 1, lookAt([0, 0.5, 2], [0, 0.3, 0]));
const c = createCanvas(1280,720); const ctx=c.getContext('2d',{alpha:false});
const view: View = { cam: cameraBasis(trace.cameras[0]!,1280,720), light: lightOf(plan.environment), style: createStyle('natural',1280,720,1), px:1, pro:false };
for (const pattern of ['plain','glossy','basketball','marble'] as const) {
  const b = { c: [0,0.3,0] as [number,number,number], axes: [[0.12,0,0],[0,0.12,0],[0,0,0.12]] as [number,number,number][] as any, rot: [0,0,0,1] as [number,number,number,number], color: [200,100,50] as [number,number,number], opacity: 1, pattern, gloss: 0.2 };
  for (let i=0;i<20;i++) drawBlob(ctx, view, b); c.data();
  const N=100; let a=cpu(); for(let i=0;i<N;i++) drawBlob(ctx, view, b); const rec=(cpu()-a)/N; a=cpu(); c.data(); const fl=(cpu()-a)/N;
  console.log(pattern, 'record', rec.toFixed(3), 'raster', fl.toFixed(3));
}
