/**
 * A self-signed certificate for 127.0.0.1 / localhost, for loopback HTTPS test servers only (the
 * https → http downgrade test). Valid until 2126; it protects nothing and must never be trusted
 * outside tests: the test connector passes it as `ca` explicitly.
 */
export const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBtTCCAVugAwIBAgIUEGzMpVzR72H9amOaQHvfGjlbNSMwCgYIKoZIzj0EAwIw
ITEfMB0GA1UEAwwWbGFnZWJpbGQgdGVzdCBsb29wYmFjazAgFw0yNjExMjYyMjU4
NDRaGA8yMTI2MTEwMjIyNTg0NFowITEfMB0GA1UEAwwWbGFnZWJpbGQgdGVzdCBs
b29wYmFjazBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABBgnjMrT2aT+SMaUeIWS
Z0qdFqWNZiD5JkODxRMlh5+O/2zAer1CnSEhIHQ2wljo+145Q3cE3snq01tfYCuG
qMijbzBtMB0GA1UdDgQWBBTnlRuqR1rcqct4Fi3R+c2haNw1zDAfBgNVHSMEGDAW
gBTnlRuqR1rcqct4Fi3R+c2haNw1zDAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQT
MBGHBH8AAAGCCWxvY2FsaG9zdDAKBggqhkjOPQQDAgNIADBFAiBh2VaaPbHwxXX1
LBpbGnA8lKnWYIDJorlquISm9COWAwIhANSfmr5D3vRe+McdpPVaLdmUmNWqtEbc
N2qAERlMqKAy
-----END CERTIFICATE-----
`;

export const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgXgPDWh/+uMfT52Mm
XhMVl8GBFzM+pMlJ/WhGOBdO+HuhRANCAAQYJ4zK09mk/kjGlHiFkmdKnRaljWYg
+SZDg8UTJYefjv9swHq9Qp0hISB0NsJY6PteOUN3BN7J6tNbX2ArhqjI
-----END PRIVATE KEY-----
`;
