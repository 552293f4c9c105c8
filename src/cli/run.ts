#!/usr/bin/env node
/** Entry point of the `soundstage` command. */
import { main } from './main.js';

await main(process.argv);
