import { createSign } from 'node:crypto';

/** A throwaway RSA key and its self-signed certificate (CN=xapi-test), for signed statements in tests only. */
export const TEST_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCjDxeAP3HtzvM1
mA2YhpEAOh/2xbSytEo/ucdQRuW+lC9/7imFoKO73X7hz9DTTfRYyHVB9LIKdkfX
ZU4XK3Zo8DTyJW42m/U1XWLcXvAK4iEr+ytfEPC1lnwHl+SDZ7Gst9mOY98wjSS+
MJBPZMMmbzV+nO9RAw+oZsvuIyXfvWcSw8G7CXpsp3TR7tx9Jqy9CA3YBXaKP+HF
v7ZqyfrhdIg8Ye1deITnOW9lV8TZdSuySAGHbfMp7yyU5fBtRppQpg690G8q7TcE
f76E6Mpqusn3PEDSl0vrAhvH05pw5FK09hOMAFA+MWZIyeYr0aq5rRXwbIRdgzkS
yb26u/n5AgMBAAECggEAHItJSWWR25flQmYGR0OTQY9rRgcxDTF7Z/FtHzPyBu0o
7YOzGBXZY8sv6Xa4Ly1Pz3Tz9eJQgn1XMTEmPO8aUN9v3U3JH90oTTm2Uy55ZeZU
+T6ERqWQBbG8r5Wa5pfx5fLfLkp0aSrkGjklIgjZErLYEfyF9lALXybznxHfEO3u
7LsO5Nxy7VQh+fNZK1rR6+ISEb7mfD5S7j+WYnZ57KDiTTURMNNtuxduNTjU55DQ
TjcrFuh/rmN1qQMtpcSnbS9JNLu5ZUWYLiBDpen1eq2REbpwTThE/Cg1YG4foIJw
PViemOMGZSAL2x8OzSO9NR5FojIx4hzT7Zuhrj9sewKBgQDWxITu6jxuDzmwW6mY
ApAkBCaTOJfblvAII6VW6MAXsj4ohfw77+Iy6t/qYezP9iNIp/21sX5LlDhZXPzS
ULzJssQPJZPx8kqOhh2deU44R2J+uBPTeKZtT+VcUFrmc2HjjlsrSkSfNGQx/E1E
8jAKQ3KuBhkWUsIulTQgjWfhdwKBgQDCXSyLnNtg9pHru7GtsnOyBXPFq2w3dZB3
33pX9vIrgKQsL9hprdaeEM7odud6c7uR565yZJmnUc8OpylsdTsNcBEjwSPLqsAl
wscVbUJ3KxNkqs00ttsTPFQKtQlU3JsQQ6wrJ5m5FyK5V/gsm0cLrHl4skPluop1
n2OfqBlcDwKBgQCk6fp5yvvkN2TA+2HbC/zK6zUDz20sfVaLqXOIrOj0STZZv6jU
DXvQRXLzc4Z4mjS10emL32Nvfb1XQYQRq1WMO+05BE36d2aw0mNjTIa3yHjlfUwc
EoUZY0RoAnwKgYclSWbQcxMGfSCDEY3z51TkTK5+2sfg0GOziXahmHOwOQKBgG69
X4/8QxIv6lwBiO6KaljXumq5jOLcXP+vmKldzgTzOpbie89aeJl+wiS4+pJONmSf
OEl8//7RIcQbggKFmKvDWkCg3qBAHVJmc7/FjMURCe+lUV3jgVaoXMns8/Ah8UeH
ByVfXrqSb/piIMhpgEUqc9tM1lqhuhniQoTI5goJAoGBAIQEQR5DLmQ43QthWmud
1jROx1dFYckxr5Pb2rIm6pABQKI6BctGm4wxYveIRq8MBt777/H8rgRzcHKWyE9N
j0Np5B9+UxT4VYZ43N9kFyvAdDPSsPSvdTAePaslJKD84Aq2BnyVmSRULjAt8gnq
C7SUpbI52D83j0LpSXxAF/bf
-----END PRIVATE KEY-----`;

export const TEST_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIDCzCCAfOgAwIBAgIULDZexECNO3IGGi1U5pjPlga4QPgwDQYJKoZIhvcNAQEL
BQAwFDESMBAGA1UEAwwJeGFwaS10ZXN0MCAXDTI2MTEyOTA1MDM0MFoYDzIxMjYx
MTA1MDUwMzQwWjAUMRIwEAYDVQQDDAl4YXBpLXRlc3QwggEiMA0GCSqGSIb3DQEB
AQUAA4IBDwAwggEKAoIBAQCjDxeAP3HtzvM1mA2YhpEAOh/2xbSytEo/ucdQRuW+
lC9/7imFoKO73X7hz9DTTfRYyHVB9LIKdkfXZU4XK3Zo8DTyJW42m/U1XWLcXvAK
4iEr+ytfEPC1lnwHl+SDZ7Gst9mOY98wjSS+MJBPZMMmbzV+nO9RAw+oZsvuIyXf
vWcSw8G7CXpsp3TR7tx9Jqy9CA3YBXaKP+HFv7ZqyfrhdIg8Ye1deITnOW9lV8TZ
dSuySAGHbfMp7yyU5fBtRppQpg690G8q7TcEf76E6Mpqusn3PEDSl0vrAhvH05pw
5FK09hOMAFA+MWZIyeYr0aq5rRXwbIRdgzkSyb26u/n5AgMBAAGjUzBRMB0GA1Ud
DgQWBBQXmZSzs4BCWcPsBC7Ol/4EFKsrUTAfBgNVHSMEGDAWgBQXmZSzs4BCWcPs
BC7Ol/4EFKsrUTAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQBV
Wlf5+hsHPSCwF+JX3BMsz1SfqSdJ/lS1aZnQzSa8BqVMmKlyWmVz3185umDymkDy
ge/oWqginmlrzJkgCYPVfVwGLPYVjOj3wKuAJ/YbqaShLuXiev3x91tvbydc0CVP
9Pcvs8FAMZy6g8tKT2TCrHcYpacNiDBgB4UuPijgoOqghyeFd7QYQ6QwEiGJUp/3
uvQvAIGcFc2Zd0tqkpbvc066rhGRbrat8LcUwNS6H0ZC3GlJj/Vp2ynJWoJBMwMd
8KfeO9N0rZcgX4rT2flIZvAEg6RmVFeUcFTyxfgLZcDf5fGBWsIyDd94Ft2EmtSD
uDbI2HEgGRJ3LW1gn6xB
-----END CERTIFICATE-----`;

/** The certificate's DER in base64, as a JWS header's x5c holds it. */
export const TEST_CERTIFICATE_X5C = TEST_CERTIFICATE.replace(/-----[A-Z ]+-----|\s/g, '');

/** A JWS in compact serialization over the statement, signed with the test key. */
export function signStatement(statement: unknown, options: { alg?: string; withCertificate?: boolean } = {}): string {
  const alg = options.alg ?? 'RS256';
  const header = { alg, ...(options.withCertificate === false ? {} : { x5c: [TEST_CERTIFICATE_X5C] }) };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode(header)}.${encode(statement)}`;
  const signature = createSign({ RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' }[alg] ?? 'RSA-SHA256')
    .update(input)
    .sign(TEST_PRIVATE_KEY)
    .toString('base64url');
  return `${input}.${signature}`;
}
