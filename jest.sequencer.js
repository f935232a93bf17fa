// The order jest starts the suites in: the longest first, so that neither worker is left
// running a long suite alone at the end. jest does so from the times of the last run in its
// cache, but a clean clone (CI) has none, and jest then goes by file size, which says little
// here: a journey of 10 kB drives a browser for a minute, an api spec of 38 kB lasts 20 s.
// So a suite jest has no time for takes its time from jest.suite-times.json (seconds, from a
// full run: `node scripts/suite-times.mjs` refreshes it); a suite in neither runs first, as
// jest runs new suites first. Suites that failed last time still run before the others.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const SUITE_SECONDS = require('./jest.suite-times.json');

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const expectedMs = (test) => {
      test.duration = this.time(test); // as jest's own sequencer: its estimate of the run's time
      if (test.duration != null) return test.duration;
      const seconds = SUITE_SECONDS[path.relative(__dirname, test.path).split(path.sep).join('/')];
      return seconds == null ? Infinity : seconds * 1000;
    };
    const ranked = tests.map((test) => ({ test, failed: this.hasFailed(test), expected: expectedMs(test) }));
    ranked.sort((a, b) => (a.failed !== b.failed ? (a.failed ? -1 : 1) : b.expected - a.expected));
    return ranked.map(({ test }) => test);
  }
}

module.exports = LongestFirstSequencer;
