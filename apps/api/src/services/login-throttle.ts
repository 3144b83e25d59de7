/**
 * Counts failed logins per username and per client address, in memory (one server process; a
 * restart forgets them, which only gives an attacker a few more guesses per restart).
 * Only failures count: people who type their password right are never slowed down.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface ThrottleLimits {
  /** Failures per username within the window. */
  perUsername: number;
  /** Failures per client address within the window (a shared office NAT needs headroom). */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = { perUsername: 5, perAddress: 20, windowSeconds: 15 * 60 };

export class LoginThrottle {
  private readonly byUsername: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(readonly limits: ThrottleLimits = DEFAULT_LIMITS) {
    this.byUsername = new RateLimiterMemory({
      keyPrefix: 'u',
      points: limits.perUsername,
      duration: limits.windowSeconds,
    });
    this.byAddress = new RateLimiterMemory({
      keyPrefix: 'a',
      points: limits.perAddress,
      duration: limits.windowSeconds,
    });
  }

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  async retryAfter(username: string, address: string): Promise<number> {
    const [user, addr] = await Promise.all([this.byUsername.get(username), this.byAddress.get(address)]);
    let ms = 0;
    if (user && user.consumedPoints >= this.limits.perUsername) ms = Math.max(ms, user.msBeforeNext);
    if (addr && addr.consumedPoints >= this.limits.perAddress) ms = Math.max(ms, addr.msBeforeNext);
    return ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 0;
  }

  async failed(username: string, address: string): Promise<void> {
    // consume() rejects once the limit is passed; the rejection is the count we want, not an error.
    await Promise.allSettled([this.byUsername.consume(username), this.byAddress.consume(address)]);
  }

  /** A successful login clears the username's failures (not the address's: others share it). */
  async succeeded(username: string): Promise<void> {
    await this.byUsername.delete(username);
  }
}
