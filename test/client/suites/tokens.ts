import { MeDocument } from '../../../client';
import { LocalIssuer } from '../../../local/auth/local-issuer';
import { rejectionOf } from '../toyapi-errors';
import { DEMO_PASSWORD, type ToyApiHarness } from '../toyapi-harness';

/** Id tokens as the client sends them: refused before any resolver runs when expired or forged. */
export function describeTokens(harness: () => ToyApiHarness): void {
  describe('id tokens', () => {
    let toyApi: ToyApiHarness;
    beforeAll(() => {
      toyApi = harness();
    });

    function userPoolIssuer(): LocalIssuer {
      const issuer = toyApi.api.userPoolIssuer;
      if (!issuer) throw new Error('ToyApi signs users in with a user pool');
      return issuer;
    }

    it('refuses an expired id token minted by the pool (HTTP 401, "Token has expired.")', async () => {
      // The engine's own issuer on the API's clock set two hours back: the token expired an hour ago.
      toyApi.advanceClock(-2 * 3600 * 1000);
      let expired;
      try {
        expired = userPoolIssuer().issueTokens({ username: 'alice', groups: ['team-eng'] });
      } finally {
        toyApi.advanceClock(2 * 3600 * 1000);
      }

      const error = await rejectionOf(toyApi.client({ idToken: expired.idToken }).request(MeDocument));

      expect(error.status).toBe(401);
      expect(error.errors).toEqual([expect.objectContaining({ errorType: 'UnauthorizedException', message: 'Token has expired.' })]);
    });

    it('accepts the same kind of token while it is valid', async () => {
      const fresh = userPoolIssuer().issueTokens({ username: 'alice', groups: ['team-eng'] });
      expect((await toyApi.client({ idToken: fresh.idToken }).request(MeDocument)).me).toMatchObject({ username: 'alice', teams: ['eng'] });
    });

    it("refuses a token claiming admin that another key signed, though it names the pool's issuer", async () => {
      const forger = new LocalIssuer({ userPoolId: userPoolIssuer().userPoolId });
      const forged = forger.issueTokens({ username: 'alice', groups: ['admins'] });
      const error = await rejectionOf(toyApi.client({ idToken: forged.idToken }).request(MeDocument));
      expect(error.status).toBe(401);
      expect(error.errorType).toBe('UnauthorizedException');
    });

    it('asks getIdToken for a token on every call, so a caller can refresh it', async () => {
      const signIn = toyApi.api.signIn;
      if (!signIn) throw new Error('ToyApi has local users');
      let token = signIn.signIn('bob', DEMO_PASSWORD).idToken;
      const getIdToken = jest.fn(async () => token);
      const client = toyApi.client({ getIdToken });
      expect((await client.request(MeDocument)).me.username).toBe('bob');
      token = signIn.signIn('carol', DEMO_PASSWORD).idToken;
      expect((await client.request(MeDocument)).me.username).toBe('carol');
      expect(getIdToken).toHaveBeenCalledTimes(2);
    });
  });
}
