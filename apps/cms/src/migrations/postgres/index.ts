import * as migration_20261125_114007_initial from './20261125_114007_initial';
import * as migration_20261125_142843_no_reset_throttle from './20261125_142843_no_reset_throttle';
import * as migration_20261201_210106_publication_records from './20261201_210106_publication_records';
import * as migration_20261201_223732_book_job from './20261201_223732_book_job';
import * as migration_20261201_233938_partner_sync from './20261201_233938_partner_sync';
import * as migration_20261202_001259_shared_rate_limits from './20261202_001259_shared_rate_limits';
import * as migration_20261202_020703_locales from './20261202_020703_locales';

export const migrations = [
  {
    up: migration_20261125_114007_initial.up,
    down: migration_20261125_114007_initial.down,
    name: '20261125_114007_initial',
  },
  {
    up: migration_20261125_142843_no_reset_throttle.up,
    down: migration_20261125_142843_no_reset_throttle.down,
    name: '20261125_142843_no_reset_throttle',
  },
  {
    up: migration_20261201_210106_publication_records.up,
    down: migration_20261201_210106_publication_records.down,
    name: '20261201_210106_publication_records',
  },
  {
    up: migration_20261201_223732_book_job.up,
    down: migration_20261201_223732_book_job.down,
    name: '20261201_223732_book_job',
  },
  {
    up: migration_20261201_233938_partner_sync.up,
    down: migration_20261201_233938_partner_sync.down,
    name: '20261201_233938_partner_sync',
  },
  {
    up: migration_20261202_001259_shared_rate_limits.up,
    down: migration_20261202_001259_shared_rate_limits.down,
    name: '20261202_001259_shared_rate_limits',
  },
  {
    up: migration_20261202_020703_locales.up,
    down: migration_20261202_020703_locales.down,
    name: '20261202_020703_locales'
  },
];
