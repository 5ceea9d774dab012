import { Stack, Token } from 'aws-cdk-lib';
import { CfnDomainName, CfnDomainNameApiAssociation } from 'aws-cdk-lib/aws-appsync';
import { Certificate, CertificateValidation } from 'aws-cdk-lib/aws-certificatemanager';
import { ARecord, HostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { CloudFrontTarget } from 'aws-cdk-lib/aws-route53-targets';
import { Construct } from 'constructs';
import { assertValidProps } from '../errors';
import { GLOBAL_REGION } from './global-region';

export interface ToyApiDomainProps {
  /** The AppSync API the domain serves. */
  readonly apiId: string;
  /** The Route 53 hosted zone, e.g. `toyapi.example.com`. */
  readonly zoneName: string;
  /** The zone's id: given, not looked up, so synthesis needs no AWS credentials. */
  readonly hostedZoneId: string;
  /** The name under the zone: `dev` → `dev.toyapi.example.com`; `''` is the zone apex. */
  readonly label: string;
}

/**
 * A custom domain for the API (the `customDomain` cost flag): an ACM certificate validated through DNS
 * in the zone, the AppSync domain name and its association with the API, and a Route 53 alias record
 * (an alias, not a CNAME, so the zone apex works too).
 */
export class ToyApiDomain extends Construct {
  /** The full domain name, e.g. `dev.toyapi.example.com`. */
  readonly domainName: string;
  readonly certificate: Certificate;
  readonly record: ARecord;

  constructor(scope: Construct, id: string, props: ToyApiDomainProps) {
    super(scope, id);
    const region = Stack.of(this).region;
    assertValidProps('ToyApiDomain', [
      ...(/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(props.zoneName) ? [] : [`zoneName '${props.zoneName}' must be a lowercase DNS name`]),
      ...(/^Z[A-Z0-9]{6,31}$/.test(props.hostedZoneId) ? [] : [`hostedZoneId '${props.hostedZoneId}' must be a Route 53 zone id (from the Route 53 console)`]),
      ...(/^([a-z0-9]([a-z0-9-]*[a-z0-9])?)?$/.test(props.label) ? [] : [`label '${props.label}' must be one DNS label, or '' for the apex`]),
      ...(region === GLOBAL_REGION
        ? []
        : [`an AppSync custom domain needs its certificate in ${GLOBAL_REGION}; deploy this stack to ${GLOBAL_REGION} (it is ${Token.isUnresolved(region) ? 'environment-agnostic' : region})`]),
    ]);
    this.domainName = props.label ? `${props.label}.${props.zoneName}` : props.zoneName;
    const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId: props.hostedZoneId, zoneName: props.zoneName });

    this.certificate = new Certificate(this, 'Certificate', {
      domainName: this.domainName,
      validation: CertificateValidation.fromDns(zone),
    });
    const domain = new CfnDomainName(this, 'DomainName', {
      domainName: this.domainName,
      certificateArn: this.certificate.certificateArn,
      description: `Custom domain of AppSync API ${props.apiId}`,
    });
    new CfnDomainNameApiAssociation(this, 'Association', { apiId: props.apiId, domainName: domain.attrDomainName });

    this.record = new ARecord(this, 'Alias', {
      zone,
      recordName: props.label || undefined,
      // AppSync serves custom domains through CloudFront, so the alias points at CloudFront's zone.
      target: RecordTarget.fromAlias({
        bind: () => ({ dnsName: domain.attrAppSyncDomainName, hostedZoneId: CloudFrontTarget.getHostedZoneId(this) }),
      }),
    });
  }
}
