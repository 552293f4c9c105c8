const cpu=()=>{const u=process.cpuUsage(); return (u.user+u.system)/1000;};
import { createCanvas } from '@napi-rs/canvas';
import { lookAt, makePlan, makeTrace, showcase } from './test/render/helpers.js';
import { prepareEntities, buildFrame } from './src/render/scene.js';
import { createStyle } from './src/render/styles.js';
import { lightOf, type View } from './src/render/view.js';
import { cameraBasis } from './src/math/camera.js';
import { drawShadowOnFace } from './src/render/shadows.js';
const plan = makePlan([...showcase, ...[0,1,2,3,4,5].map(i=>({archetype: i%2?'basketball':'ball', position:[-1.5+i*0.6,0.5,1.6] as [number,number,number]}))], { width: 1280, height: 720 });
const trace = makeTrace(plan, 40, lookAt([0.6, 2.2, 4.6], [0, 0.4, 0]));
const ents = prepareEntities(plan, trace, 20);
const c = createCanvas(1280,720); const ctx=c.getContext('2d',{alpha:false});
const view: View = { cam: cameraBasis(trace.cameras[0]!,1280,720), light: lightOf(plan.environment), style: createStyle('natural',1280,720,1), px:1, pro:false };
let tb=0, td=0, tdata=0, n=0;
for (let f=0; f<40; f++){
  const t0=cpu(); const s=buildFrame(view, ents, trace, f); const t1=cpu();
  for (const d of s.ground.decals) drawShadowOnFace(ctx, view, d);
  for (const it of s.items) it.draw(ctx); const t2=cpu(); c.data(); const t3=cpu();
  if (f>=10){tb+=t1-t0; td+=t2-t1; tdata+=t3-t2; n++;}
  if (f===0) console.log('items', s.items.length, 'decals', s.ground.decals.length);
}
console.log('build', (tb/n).toFixed(2), 'draw calls', (td/n).toFixed(2), 'data(flush)', (tdata/n).toFixed(2));
