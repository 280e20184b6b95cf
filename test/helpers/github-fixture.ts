// The fixture lives in src/testing/ because `npm run demo` posts its pull-request comment to it too.
export * from '../../src/testing/github-fixture.js';
export * from '../../src/testing/github-rest.js';
