import { Match, Template } from 'aws-cdk-lib/assertions';
import { ToyApiDomain } from '../../../infra/constructs/domain';
import { InvalidPropsError } from '../../../infra/errors';
import { nagFindings, testStack } from '../support';

const ZONE = { zoneName: 'toyapi.example.com', hostedZoneId: 'Z0123456789EXAMPLE0AB' };

function build(label: string) {
  const stack = testStack();
  const domain = new ToyApiDomain(stack, 'Domain', { apiId: 'api123', ...ZONE, label });
  return { stack, domain, template: Template.fromStack(stack) };
}

describe('ToyApiDomain', () => {
  const { stack, domain, template } = build('dev');

  it('issues a certificate for <label>.<zone>, validated through DNS in the configured zone (no lookup)', () => {
    expect(domain.domainName).toBe('dev.toyapi.example.com');
    template.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: 'dev.toyapi.example.com',
      ValidationMethod: 'DNS',
      DomainValidationOptions: [{ DomainName: 'dev.toyapi.example.com', HostedZoneId: 'Z0123456789EXAMPLE0AB' }],
    });
  });

  it('creates the AppSync domain name and associates it with the API', () => {
    template.hasResourceProperties('AWS::AppSync::DomainName', { DomainName: 'dev.toyapi.example.com', CertificateArn: { Ref: Match.stringLikeRegexp('^DomainCertificate') } });
    template.hasResourceProperties('AWS::AppSync::DomainNameApiAssociation', { ApiId: 'api123', DomainName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DomainDomainName'), 'DomainName'] } });
  });

  it('points an alias record at the domain’s CloudFront name', () => {
    template.hasResourceProperties('AWS::Route53::RecordSet', {
      Name: 'dev.toyapi.example.com.',
      Type: 'A',
      HostedZoneId: 'Z0123456789EXAMPLE0AB',
      AliasTarget: { DNSName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DomainDomainName'), 'AppSyncDomainName'] }, HostedZoneId: { 'Fn::FindInMap': Match.anyValue() } },
    });
    // CloudFront's hosted zone id, chosen by partition (the aws partition's is Z2FDTNDATAQYW2).
    expect(JSON.stringify(template.toJSON().Mappings)).toContain('Z2FDTNDATAQYW2');
    expect(nagFindings(stack)).toEqual([]);
  });

  it('serves the zone apex with an empty label (prod)', () => {
    const apex = build('');
    expect(apex.domain.domainName).toBe('toyapi.example.com');
    apex.template.hasResourceProperties('AWS::Route53::RecordSet', { Name: 'toyapi.example.com.', Type: 'A' });
  });

  it('refuses a stack outside us-east-1, where the certificate cannot serve AppSync', () => {
    expect(() => new ToyApiDomain(testStack({ region: 'eu-central-1' }), 'Domain', { apiId: 'api123', ...ZONE, label: 'dev' })).toThrow(
      new InvalidPropsError('ToyApiDomain', ['an AppSync custom domain needs its certificate in us-east-1; deploy this stack to us-east-1 (it is eu-central-1)']),
    );
    expect(() => new ToyApiDomain(testStack({ region: null }), 'Domain', { apiId: 'api123', ...ZONE, label: 'dev' })).toThrow('(it is environment-agnostic)');
  });

  it('refuses invalid names', () => {
    expect(() => new ToyApiDomain(testStack(), 'Domain', { apiId: 'a', zoneName: 'Example', hostedZoneId: 'nope', label: '-x' })).toThrow(InvalidPropsError);
  });
});
