#!/usr/bin/env node
/** Entry point of the `soundstage` command. */
import { prestartEngine } from '../engine/workers.js';

// A command that renders gets its engine threads started before the rest of the CLI loads.
if (process.argv[2] === 'generate' || process.argv[2] === 'render') prestartEngine();
const { main } = await import('./main.js');
await main(process.argv);
