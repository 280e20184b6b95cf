// The fixture lives in src/demo/ because `npm run demo` posts its pull-request comment to it too.
export * from '../../src/demo/github-fixture.js';
