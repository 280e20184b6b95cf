// B1's floor: the least an action can be. bench/run.mjs bundles this with ncc, as the build bundles
// the actions, and times it failing the way they do on a bad input.
import * as core from '@actions/core';

core.setFailed('floor: nothing to do');
