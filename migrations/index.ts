import * as migration_20261126_105941_initial from './20261126_105941_initial';

export const migrations = [
  {
    up: migration_20261126_105941_initial.up,
    down: migration_20261126_105941_initial.down,
    name: '20261126_105941_initial'
  },
];
