/**
 * The region some global AWS features live in: billing metrics are published only here, and the
 * certificate of an AppSync custom domain (served through CloudFront) must be issued here.
 */
export const GLOBAL_REGION = 'us-east-1';
