/**
 * The API tokens that may be used, kept in memory by their hash between requests for as long as
 * nothing is written to the database, so that a request with a token already seen reads nothing
 * from SQLite. Any write empties it (CommitWatch): a revocation, whether through the API or by
 * another process, the owner's changes, the once-a-minute "last used" of a token; the next
 * request looks the token up again. Expiry is checked at every use.
 */
import { hashOfBearer, type TokensRepository, type UsableToken } from '../repositories/tokens-repository.js';

export class UsableTokens {
  private readonly byHash = new Map<string, UsableToken>();
  /** The commit epoch the kept tokens were read at. */
  private epoch = -1;

  constructor(
    private readonly tokens: TokensRepository,
    /** A bound on memory: this many distinct tokens used between two writes empty the map. */
    private readonly maxKept = 10_000,
  ) {}

  /**
   * The usable token a bearer header carries, or null. `commitEpoch` is the request's look at the
   * database's commits (CommitWatch), taken before this call.
   */
  find(bearer: string, now: Date, commitEpoch: number): UsableToken | null {
    const hash = hashOfBearer(bearer);
    if (hash === null) return null;
    if (commitEpoch !== this.epoch) {
      this.byHash.clear();
      this.epoch = commitEpoch;
    }
    const kept = this.byHash.get(hash);
    if (kept !== undefined && now.getTime() < kept.usableUntil) return kept;
    const token = this.tokens.findUsable(hash, now);
    if (token === null) {
      // Unknown and refused tokens are not kept: a flood of made-up tokens costs lookups, not memory.
      this.byHash.delete(hash);
      return null;
    }
    if (this.byHash.size >= this.maxKept) this.byHash.clear();
    this.byHash.set(hash, token);
    return token;
  }
}
