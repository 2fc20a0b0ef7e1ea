// The end-to-end scenarios share the demo database and change it (a meeting held today, referrals
// answered…), so their order matters: always the same one, by file name, whatever Jest remembers
// of earlier runs (it would put a previously failed file first).
const Sequencer = require('@jest/test-sequencer').default;

class ByFileName extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

module.exports = ByFileName;
