import * as migration_20261125_114003_initial from './20261125_114003_initial';
import * as migration_20261125_142838_no_reset_throttle from './20261125_142838_no_reset_throttle';
import * as migration_20261201_210044_publication_records from './20261201_210044_publication_records';
import * as migration_20261201_225626_partner_sync from './20261201_225626_partner_sync';
import * as migration_20261202_020807_locales from './20261202_020807_locales';

export const migrations = [
  {
    up: migration_20261125_114003_initial.up,
    down: migration_20261125_114003_initial.down,
    name: '20261125_114003_initial',
  },
  {
    up: migration_20261125_142838_no_reset_throttle.up,
    down: migration_20261125_142838_no_reset_throttle.down,
    name: '20261125_142838_no_reset_throttle',
  },
  {
    up: migration_20261201_210044_publication_records.up,
    down: migration_20261201_210044_publication_records.down,
    name: '20261201_210044_publication_records',
  },
  {
    up: migration_20261201_225626_partner_sync.up,
    down: migration_20261201_225626_partner_sync.down,
    name: '20261201_225626_partner_sync',
  },
  {
    up: migration_20261202_020807_locales.up,
    down: migration_20261202_020807_locales.down,
    name: '20261202_020807_locales'
  },
];
