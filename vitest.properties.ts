import fc from 'fast-check'

/**
 * How many cases every fast-check property tries, for every workspace's vitest
 * (each config lists this file in `setupFiles`; turbo.json declares both variables).
 * The default is sized to `npm test` on two cores; a property whose run costs a
 * whole render asks for a fraction of it (`fc.readConfigureGlobal().numRuns`).
 *
 *   FC_RUNS=1000 npm test     ten times the cases, everywhere
 *   FC_SEED=<seed> npm test   replays the seed a failing property printed
 */
const defaultPropertyRuns = 100

const runs = Number(process.env.FC_RUNS || defaultPropertyRuns)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`FC_RUNS must be a whole number of runs, 1 or more; it is "${process.env.FC_RUNS}"`)
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined
if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`FC_SEED must be the integer seed a failure printed; it is "${process.env.FC_SEED}"`)

fc.configureGlobal({ numRuns: runs, ...(seed === undefined ? {} : { seed }) })
