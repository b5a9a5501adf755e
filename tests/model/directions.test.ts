/**
 * The directions docs/model.md claims, each checked with every other
 * assumption at the status quo (and, where the claim needs it, a context).
 */
import { describe, expect, it } from 'vitest';
import { HANOI_FIVE, RESOLUTION_NUMBERS, type Assumptions, type OutlookId } from '@/server/model';
import { forecast } from './helpers';

type Claim = [claim: string, outlook: OutlookId, low: Partial<Assumptions>, high: Partial<Assumptions>];

const CLAIMS: Claim[] = [
  ['a codified moratorium lowers the chance of a test', 'nuclearTest', { testMoratorium: 'codified' }, { testMoratorium: 'none' }],
  ['a codified moratorium lowers the chance of an ICBM launch', 'icbmLaunch', { testMoratorium: 'codified' }, { testMoratorium: 'none' }],
  ['a codified moratorium binds more than a declared one (test)', 'nuclearTest', { testMoratorium: 'codified' }, { testMoratorium: 'declared' }],
  ['lifting the Hanoi five raises the chance of a deal', 'interimDeal', { sanctionsLifted: [] }, { sanctionsLifted: [...HANOI_FIVE] }],
  ['lifting the Hanoi five with no freeze raises the arsenal', 'arsenal', { sanctionsLifted: [] }, { sanctionsLifted: [...HANOI_FIVE] }],
  ['full-scale exercises raise tension', 'tensionIndex', { exerciseScale: 0 }, { exerciseScale: 100 }],
  ['full-scale exercises raise launches', 'missileLaunches', { exerciseScale: 0 }, { exerciseScale: 100 }],
  ['full-scale exercises raise the chance of an ICBM launch', 'icbmLaunch', { exerciseScale: 0 }, { exerciseScale: 100 }],
  ['engagement raises the chance of a deal', 'interimDeal', { usEngagement: 0 }, { usEngagement: 100 }],
  ['engagement lowers tension', 'tensionIndex', { usEngagement: 100 }, { usEngagement: 0 }],
  ['an active channel raises the chance of a deal', 'interimDeal', { channel: 'none' }, { channel: 'workingLevel' }],
  ['Russian support lowers the chance of a deal', 'interimDeal', { russiaSupport: 100 }, { russiaSupport: 0 }],
  ['Russian support raises launches', 'missileLaunches', { russiaSupport: 0 }, { russiaSupport: 100 }],
  ['a verified fissile freeze slows the arsenal', 'arsenal', { fissileFreeze: 'verified' }, { fissileFreeze: 'none' }],
  ['a declared fissile freeze slows the arsenal less than a verified one', 'arsenal', { fissileFreeze: 'verified' }, { fissileFreeze: 'declared' }],
  ['Yongbyon dismantlement makes a verified step likely', 'denuclearizationStep', { yongbyonDismantlement: false }, { yongbyonDismantlement: true }],
  ['formal assurances raise the chance of a deal', 'interimDeal', { securityAssurances: 'none' }, { securityAssurances: 'formal' }],
  ['stricter Chinese enforcement slows the arsenal', 'arsenal', { chinaEnforcement: 100 }, { chinaEnforcement: 0 }],
  ['a USFK reduction lowers tension', 'tensionIndex', { usfkPosture: 'withdrawing' }, { usfkPosture: 'maintained' }],
];

describe('directions the model card claims', () => {
  it.each(CLAIMS)('%s', (_claim, outlook, low, high) => {
    expect(forecast(low).outlooks[outlook].mean).toBeLessThan(forecast(high).outlooks[outlook].mean);
  });

  it('strong Russian support weakens the effect of sanctions (on the arsenal and on deals)', () => {
    const effect = (russiaSupport: number, outlook: OutlookId) =>
      forecast({ russiaSupport, chinaEnforcement: 80, sanctionsLifted: [...RESOLUTION_NUMBERS] }).outlooks[outlook].mean
      - forecast({ russiaSupport, chinaEnforcement: 80, sanctionsLifted: [] }).outlooks[outlook].mean;
    // Lifting sanctions frees resources for the arsenal: less so when Russia already offsets them.
    expect(effect(100, 'arsenal')).toBeLessThan(effect(0, 'arsenal'));
  });

  it('the ICBM outlook is zero before the DPRK is ICBM-capable', async () => {
    const { runForecast, STATUS_QUO } = await import('@/server/model');
    const result = runForecast({ assumptions: STATUS_QUO, draws: 300 }, { context: { icbmCapable: false, nuclearTestsToDate: 2, warheadsEstimate: 10 } });
    expect(result.outlooks.icbmLaunch.mean).toBe(0);
  });

  it('each test already conducted lowers the chance of another', async () => {
    const { runForecast, STATUS_QUO } = await import('@/server/model');
    const at = (nuclearTestsToDate: number) =>
      runForecast({ assumptions: STATUS_QUO, draws: 300 }, { context: { icbmCapable: true, nuclearTestsToDate, warheadsEstimate: 50 } }).outlooks.nuclearTest.mean;
    expect(at(6)).toBeLessThan(at(3));
    expect(at(3)).toBeLessThan(at(0));
  });

  it('longer horizons raise every cumulative probability', () => {
    const short = forecast({}, 6);
    const long = forecast({}, 24);
    for (const id of ['nuclearTest', 'icbmLaunch', 'interimDeal', 'denuclearizationStep'] as const) {
      expect(long.outlooks[id].mean).toBeGreaterThan(short.outlooks[id].mean);
    }
  });
});
