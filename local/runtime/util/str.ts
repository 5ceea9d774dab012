import type { Util } from '@aws-appsync/utils';
import { RuntimeArgumentError } from '../errors';
import { requireString } from './arguments';

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

/**
 * `util.str`. The APPSYNC_JS runtime documents (and the package types declare) only `normalize`; the
 * VTL-only `$util.str.toUpper/toLower/toReplace` are deliberately absent, so code that runs here also
 * runs on AppSync.
 * https://docs.aws.amazon.com/appsync/latest/devguide/str-helpers-in-util-str-js.html
 */
export function createStringUtils(): Util['str'] {
  return {
    normalize(value, normalizationType) {
      const text = requireString('util.str.normalize', value);
      const form = requireString('util.str.normalize', normalizationType).toUpperCase();
      if (!FORMS.has(form)) {
        throw new RuntimeArgumentError(
          `util.str.normalize: unknown normalization type ${JSON.stringify(
            normalizationType,
          )} (expected nfc, nfd, nfkc or nfkd)`,
        );
      }
      return text.normalize(form);
    },
  };
}
