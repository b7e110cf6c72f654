import * as migration_20261125_114007_initial from './20261125_114007_initial';
import * as migration_20261125_142843_no_reset_throttle from './20261125_142843_no_reset_throttle';

export const migrations = [
  {
    up: migration_20261125_114007_initial.up,
    down: migration_20261125_114007_initial.down,
    name: '20261125_114007_initial',
  },
  {
    up: migration_20261125_142843_no_reset_throttle.up,
    down: migration_20261125_142843_no_reset_throttle.down,
    name: '20261125_142843_no_reset_throttle'
  },
];
