import * as migration_20261125_114003_initial from './20261125_114003_initial';

export const migrations = [
  {
    up: migration_20261125_114003_initial.up,
    down: migration_20261125_114003_initial.down,
    name: '20261125_114003_initial'
  },
];
